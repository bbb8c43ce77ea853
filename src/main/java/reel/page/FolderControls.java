package reel.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import reel.media.FolderView;
import reel.media.LibraryPath;
import reel.media.VideoOrder;

/**
 * The filter box and the sort choice above a folder's cards. A folder that fits one page is filtered
 * in the browser as you type (reel.js); a bigger one, or one already filtered, by the server through a
 * plain GET form ({@code ?q=}), which reel.js may submit as you type. The sort choice is links, the
 * current one marked {@code aria-current}.
 */
final class FolderControls {

    // The filter is hidden until reel.js runs, so nobody meets a box that does nothing.
    private static final Markup FILTER_HERE = new Markup("""
            <div class="filter" hidden>
            <label for="filter">Filter this folder</label>
            <input id="filter" type="search" placeholder="Type to filter by name" autocomplete="off" spellcheck="false" \
            aria-describedby="filter-status">
            <p id="filter-status" class="filter-status" role="status" aria-live="polite"></p>
            </div>
            """);
    // No action: the form asks for this folder's own address with the fields as its query.
    private static final Template FILTER_ON_SERVER = new Template("""
            <form class="filter" method="get" data-server-filter>
            <label for="filter">Filter all {count} in this folder</label>
            <div class="filter-row"><input id="filter" name="q" type="search" value="{text}" \
            placeholder="Type a name and press Enter" autocomplete="off" spellcheck="false" \
            aria-describedby="filter-status">{order}<button class="button" type="submit">Filter</button>{clear}</div>
            <p id="filter-status" class="filter-status" role="status" aria-live="polite">{status}</p>
            </form>
            """);
    private static final Template KEEP_ORDER = new Template("""
            <input type="hidden" name="sort" value="{order}">""");
    private static final Template CLEAR = new Template("""
            <a class="button" href="{href}">Clear</a>""");
    private static final Template SORT = new Template("""
            <nav class="sort" aria-label="Sort videos"><span class="sort-label" aria-hidden="true">Sort by</span><ul>
            {choices}</ul></nav>
            """);
    private static final Template CHOICE = new Template("""
            <li><a href="{href}">{label}</a></li>
            """);
    private static final Template CHOSEN = new Template("""
            <li><a href="{href}" aria-current="true">{label}</a></li>
            """);

    private FolderControls() {
    }

    /** Whether the server filters this view: the folder is paged, or a filter is already applied. */
    private static boolean filtersOnServer(FolderView view, FolderQuery query) {
        return view.allVideos() > Paging.VIDEOS_PER_PAGE || query.filter().isPresent();
    }

    static Markup filter(Links links, FolderView view, FolderQuery query) {
        if (!filtersOnServer(view, query)) {
            return FILTER_HERE;
        }
        LibraryPath folder = view.shown().path();
        return FILTER_ON_SERVER.fill(Map.of("count", Html.text(count(view.allVideos(), "video")),
                "text", Html.text(query.filter().orElse("")),
                "order", query.order() == VideoOrder.NAME ? Markup.EMPTY
                        : KEEP_ORDER.fill(Map.of("order", Html.text(FolderQuery.sortName(query.order())))),
                "clear", query.filter().isEmpty() ? Markup.EMPTY
                        : CLEAR.fill(Map.of("href", Html.text(links.folder(folder, query.unfiltered())))),
                "status", Html.text(status(view, query))));
    }

    /** The orders to choose from, when there are videos to order. */
    static Markup sort(Links links, FolderView view, FolderQuery query) {
        if (view.matchingVideos() < 2) {
            return Markup.EMPTY;
        }
        List<Markup> choices = new ArrayList<>();
        for (VideoOrder order : VideoOrder.values()) {
            Template template = order == query.order() ? CHOSEN : CHOICE;
            choices.add(template.fill(Map.of("href", Html.text(links.folder(view.shown().path(), query.sortedBy(order))),
                    "label", Html.text(label(order)))));
        }
        return SORT.fill(Map.of("choices", Markup.join(choices)));
    }

    /** "1,234 videos", "1 folder". */
    private static String count(int number, String noun) {
        return String.format(Locale.ENGLISH, "%,d %s%s", number, noun, number == 1 ? "" : "s");
    }

    private static String status(FolderView view, FolderQuery query) {
        if (query.filter().isEmpty()) {
            return "";
        }
        int found = view.matchingVideos() + view.shown().folders().size();
        if (found == 0) {
            return "Nothing here matches \u201c" + query.filter().get().strip() + "\u201d.";
        }
        return found + (found == 1 ? " match" : " matches");
    }

    private static String label(VideoOrder order) {
        String name = FolderQuery.sortName(order);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
