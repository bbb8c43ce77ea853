package reel.page;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import reel.media.NameFilter;
import reel.media.VideoOrder;
import reel.media.VideoSelection;

/**
 * How a folder page is asked for in its URL: {@code q} the filter's text, {@code sort} the order
 * ({@code name}, the default, {@code newest}, {@code longest}, {@code largest}) and {@code page} from 1.
 * Each view has one spelling, {@link #parameters()}: defaults left out, in that order. {@link #read}
 * makes the closest sense of any query; a request spelled otherwise is sent to the one spelling
 * ({@link #isSpelledBy}), so a bad or stale link still lands on a page of the folder.
 */
record FolderQuery(Optional<String> filter, VideoOrder order, int page) {

    static final String FILTER = "q";
    static final String SORT = "sort";
    static final String PAGE = "page";
    /** Longer text is no name anyone types; it is dropped rather than matched against every name. */
    static final int MAX_FILTER_LENGTH = 200;
    // A page number of more digits is no page of any folder.
    private static final int MAX_PAGE_DIGITS = 9;

    static final FolderQuery FIRST = new FolderQuery(Optional.empty(), VideoOrder.NAME, 1);

    FolderQuery {
        if (filter.isPresent() && !isFilterText(filter.get())) {
            throw new IllegalArgumentException("not a filter: " + filter.get());
        }
        if (page < 1) {
            throw new IllegalArgumentException("page " + page);
        }
    }

    /**
     * The first value of each parameter that makes sense: text that is not blank and not too long, a
     * known order, a page number (0 means 1; more digits than a page number has mean a page past the last,
     * which the reply then moves to the last one); anything else is as if not sent.
     */
    static FolderQuery read(QueryParameters parameters) {
        Optional<String> filter = parameters.all(FILTER).stream().findFirst().filter(FolderQuery::isFilterText);
        VideoOrder order = parameters.all(SORT).stream().findFirst().flatMap(FolderQuery::order).orElse(VideoOrder.NAME);
        int page = parameters.all(PAGE).stream().findFirst().flatMap(FolderQuery::pageNumber).orElse(1);
        return new FolderQuery(filter, order, page);
    }

    /** This view's one spelling: each parameter once, defaults left out. */
    Map<String, String> parameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        filter.ifPresent(text -> parameters.put(FILTER, text));
        if (order != VideoOrder.NAME) {
            parameters.put(SORT, sortName(order));
        }
        if (page > 1) {
            parameters.put(PAGE, String.valueOf(page));
        }
        return parameters;
    }

    /** Whether the request spelled this view exactly so; parameters reel does not use are no matter. */
    boolean isSpelledBy(QueryParameters request) {
        Map<String, String> spelling = parameters();
        return List.of(FILTER, SORT, PAGE).stream().allMatch(name -> request.all(name)
                .equals(Optional.ofNullable(spelling.get(name)).map(List::of).orElse(List.of())));
    }

    NameFilter nameFilter() {
        return filter.map(NameFilter::of).orElse(NameFilter.EVERYTHING);
    }

    /** What the library is asked for: this page's videos among those the filter finds, in this order. */
    VideoSelection selection() {
        return new VideoSelection(order, nameFilter(), Paging.first(page, Paging.VIDEOS_PER_PAGE), Paging.VIDEOS_PER_PAGE);
    }

    FolderQuery onPage(int number) {
        return new FolderQuery(filter, order, number);
    }

    /** Another order starts at the first page, as the videos on this one are others there. */
    FolderQuery sortedBy(VideoOrder other) {
        return new FolderQuery(filter, other, 1);
    }

    FolderQuery unfiltered() {
        return new FolderQuery(Optional.empty(), order, 1);
    }

    static String sortName(VideoOrder order) {
        return order.name().toLowerCase(Locale.ROOT);
    }

    private static Optional<VideoOrder> order(String name) {
        for (VideoOrder order : VideoOrder.values()) {
            if (sortName(order).equals(name)) {
                return Optional.of(order);
            }
        }
        return Optional.empty();
    }

    /** Text with a word in it, so that it filters at all, and not too long. */
    private static boolean isFilterText(String text) {
        return text.length() <= MAX_FILTER_LENGTH && !NameFilter.of(text).findsEverything();
    }

    private static Optional<Integer> pageNumber(String text) {
        if (text.isEmpty() || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        if (text.length() > MAX_PAGE_DIGITS) {
            return text.chars().allMatch(c -> c == '0') ? Optional.empty() : Optional.of(Integer.MAX_VALUE);
        }
        return Optional.of(Integer.parseInt(text)).filter(number -> number > 0);
    }
}
