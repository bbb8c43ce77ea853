package reel.media;

import java.util.Objects;

/**
 * Which of a folder's videos to show: those whose names the filter finds, in an order, from the
 * {@code first} (counting from 0) at most {@code count} of them. Sub-folders are filtered by the same
 * filter and always come whole, in name order.
 */
public record VideoSelection(VideoOrder order, NameFilter filter, int first, int count) {

    public VideoSelection {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(filter, "filter");
        if (first < 0 || count < 1) {
            throw new IllegalArgumentException("first " + first + ", count " + count);
        }
    }

    /** Every video, in {@code order}. */
    public static VideoSelection all(VideoOrder order) {
        return new VideoSelection(order, NameFilter.EVERYTHING, 0, Integer.MAX_VALUE);
    }
}
