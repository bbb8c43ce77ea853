package reel.search;

/**
 * The file-system calls one refresh may still make. A look at one folder's or file's time takes one; a
 * listing spends one per entry, all at once, and may overdraw, since half a folder cannot be listed.
 */
final class Budget {

    private int left;

    Budget(int calls) {
        left = calls;
    }

    /** Takes one call if any is left. */
    boolean take() {
        if (left <= 0) {
            return false;
        }
        left--;
        return true;
    }

    void spend(int calls) {
        left -= calls;
    }

    boolean isSpent() {
        return left <= 0;
    }
}
