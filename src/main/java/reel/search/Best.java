package reel.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The first {@code limit} of everything offered in an order, and how many were offered, without sorting
 * them all: a query that matches most of a large library costs one pass and a small heap.
 */
final class Best<T> {

    private final Comparator<T> order;
    private final int limit;
    private final PriorityQueue<T> worstFirst;
    private int offered;

    Best(Comparator<T> order, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit " + limit);
        }
        this.order = order;
        this.limit = limit;
        this.worstFirst = new PriorityQueue<>(limit + 1, order.reversed());
    }

    void offer(T item) {
        offered++;
        if (worstFirst.size() < limit) {
            worstFirst.add(item);
        } else if (order.compare(item, worstFirst.peek()) < 0) {
            worstFirst.poll();
            worstFirst.add(item);
        }
    }

    /** The kept items, first in the order first. */
    List<T> inOrder() {
        List<T> kept = new ArrayList<>(worstFirst);
        kept.sort(order);
        return kept;
    }

    int offered() {
        return offered;
    }
}
