package reel.search;

import java.util.List;

/** The best matches of one kind, best first, and how many matched in all. */
public record Found<T>(List<T> shown, int total) {

    public Found {
        shown = List.copyOf(shown);
        if (total < shown.size()) {
            throw new IllegalArgumentException(total + " in all but " + shown.size() + " shown");
        }
    }

    /** Whether more matched than are shown. */
    public boolean hasMore() {
        return total > shown.size();
    }
}
