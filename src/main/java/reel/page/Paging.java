package reel.page;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Page {@code page} of {@code total} videos, {@code size} to a page. There is always a first page, even
 * of nothing. Pages are numbered from 1, as the URL and the links say.
 */
record Paging(int page, int size, int total) {

    /**
     * 120 cards: a few screens of a grid of 2 to 6 columns, each of which fills its last row (120 is a
     * multiple of 2, 3, 4, 5 and 6), and about 50 KB of HTML for names of usual length, half of the
     * 100 KB a page may weigh; 10,000 videos make 84 pages.
     */
    static final int VIDEOS_PER_PAGE = 120;
    // Page links shown on each side of the current page, besides the first and the last.
    private static final int NEIGHBOURS = 2;

    Paging {
        if (page < 1 || size < 1 || total < 0) {
            throw new IllegalArgumentException("page " + page + " of " + size + " from " + total);
        }
    }

    int lastPage() {
        return (int) Math.max(1, ((long) total + size - 1) / size);
    }

    boolean exists() {
        return page <= lastPage();
    }

    /** The index of this page's first video among all of them, counting from 0; past the last page, past them all. */
    int first() {
        return first(page, size);
    }

    /** Where page {@code page} of pages of {@code size} starts, whatever the total; never wraps. */
    static int first(int page, int size) {
        return (int) Math.min(Integer.MAX_VALUE, (long) (page - 1) * size);
    }

    boolean hasPrevious() {
        return page > 1;
    }

    boolean hasNext() {
        return page < lastPage();
    }

    /**
     * The page numbers to link, in order: the first, the last, and the current one with its neighbours;
     * where only one page would be left out between two of them, it is shown instead of a gap.
     */
    List<Integer> numbers() {
        int last = lastPage();
        TreeSet<Integer> shown = new TreeSet<>(List.of(1, last));
        for (int number = Math.max(1, page - NEIGHBOURS); number <= Math.min(last, page + NEIGHBOURS); number++) {
            shown.add(number);
        }
        List<Integer> numbers = new ArrayList<>();
        for (int number : shown) {
            if (!numbers.isEmpty() && number - numbers.get(numbers.size() - 1) == 2) {
                numbers.add(number - 1);
            }
            numbers.add(number);
        }
        return List.copyOf(numbers);
    }
}
