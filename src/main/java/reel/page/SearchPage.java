package reel.page;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import reel.media.LibraryPath;
import reel.search.Found;
import reel.search.IndexStatus;
import reel.search.SearchResults;
import reel.search.Video;

/**
 * The search page: what was found for a query, folders then videos, each linking to itself and to the
 * folder it is in; how many there are when more matched than are shown; while the index is still being
 * built, that the results may be incomplete. An empty query gets a page that says how to search.
 */
final class SearchPage {

    private static final String TITLE = "Search";
    private static final Template MAIN = new Template("""
            <h1>Search</h1>
            {notice}{body}""");
    private static final Template HELP = new Template("""
            <p class="message">Type words from the name of a video or folder into the search box. Every word must \
            be in the name, in any order; capitals and accents do not matter, so <kbd>cafe</kbd> finds Café. \
            Whole words come first, then names where a word starts with what you typed.</p>
            {size}""");
    private static final Template LIBRARY_SIZE = new Template("""
            <p class="message">The library holds {videos} and {folders}.</p>
            """);
    // A live region, so a screen reader hears what was found after the page loads.
    private static final Template SUMMARY = new Template("""
            <p class="search-summary" role="status">{summary}</p>
            {folders}{videos}""");
    private static final Template BUILDING = new Template("""
            <p class="warning notice">reel is still reading the library ({videos} so far), so this may not be \
            everything. Reload the page in a moment to see all.</p>
            """);
    private static final Template SECTION = new Template("""
            <section class="results" aria-labelledby="{id}">
            <h2 id="{id}">{heading}</h2>
            <ol class="hits">
            {hits}</ol>
            {more}</section>
            """);
    private static final Template MORE = new Template("""
            <p class="more">The best {shown} of {total}. Add a word to narrow the search.</p>
            """);
    private static final Template FOLDER_HIT = new Template("""
            <li><a class="hit" href="{href}"><span class="name">{name}</span></a> {where}</li>
            """);
    private static final Template VIDEO_HIT = new Template("""
            <li><a class="hit" href="{href}"><span class="name">{name}</span></a> \
            <span class="meta">{details}</span> {where}</li>
            """);
    private static final Template WHERE = new Template("""
            <span class="where">in <a href="{href}">{folder}</a></span>""");

    private SearchPage() {
    }

    static Markup render(Links links, SearchResults results) {
        String query = results.query().text();
        Markup notice = results.status() instanceof IndexStatus.Building building
                ? BUILDING.fill(Map.of("videos", Html.text(count(building.videos(), "video")))) : Markup.EMPTY;
        Markup body = results.query().isEmpty() ? help(results.status()) : SUMMARY.fill(Map.of(
                "summary", Html.text(summary(results)),
                "folders", section(links, "found-folders", "Folders", results.folders(), "folder",
                        folder -> hit(links, folder)),
                "videos", section(links, "found-videos", "Videos", results.videos(), "video",
                        video -> hit(links, video))));
        String title = query.isEmpty() ? TITLE : TITLE + ": " + query;
        return Layout.page(links, title, query, Markup.EMPTY, MAIN.fill(Map.of("notice", notice, "body", body)));
    }

    private static Markup help(IndexStatus status) {
        Markup size = status instanceof IndexStatus.Ready ready ? LIBRARY_SIZE.fill(Map.of(
                "videos", Html.text(count(ready.videos(), "video")),
                "folders", Html.text(count(ready.folders(), "folder")))) : Markup.EMPTY;
        return HELP.fill(Map.of("size", size));
    }

    /** "2 videos and 1 folder match “cafe”.", or that nothing does. */
    static String summary(SearchResults results) {
        int folders = results.folders().total();
        int videos = results.videos().total();
        String quoted = "\u201c" + results.query().text() + "\u201d";
        if (folders + videos == 0) {
            return "Nothing in the library matches " + quoted + ". Try fewer words, or the start of a word.";
        }
        String found = videos == 0 ? count(folders, "folder")
                : folders == 0 ? count(videos, "video")
                : count(videos, "video") + " and " + count(folders, "folder");
        return found + (folders + videos == 1 ? " matches " : " match ") + quoted + ".";
    }

    private static <T> Markup section(Links links, String id, String heading, Found<T> found, String noun,
            Function<T, Markup> hit) {
        if (found.shown().isEmpty()) {
            return Markup.EMPTY;
        }
        Markup more = found.hasMore() ? MORE.fill(Map.of("shown", Html.text(String.valueOf(found.shown().size())),
                "total", Html.text(count(found.total(), noun)))) : Markup.EMPTY;
        List<Markup> hits = found.shown().stream().map(hit).toList();
        return SECTION.fill(Map.of("id", Html.text(id), "heading", Html.text(heading), "hits", Markup.join(hits),
                "more", more));
    }

    private static Markup hit(Links links, LibraryPath folder) {
        return FOLDER_HIT.fill(Map.of("href", Html.text(links.folder(folder)), "name", Html.text(Layout.name(folder)),
                "where", where(links, folder.parent().orElseThrow())));
    }

    private static Markup hit(Links links, Video video) {
        String details = FileNames.typeLabel(video.name()) + " · " + FileSizes.format(video.size());
        return VIDEO_HIT.fill(Map.of("href", Html.text(links.watch(video.path())),
                "name", Html.text(FileNames.title(video.name())), "details", Html.text(details),
                "where", where(links, video.folder())));
    }

    static Markup where(Links links, LibraryPath folder) {
        return WHERE.fill(Map.of("href", Html.text(links.folder(folder)), "folder", Html.text(Layout.name(folder))));
    }

    /** "1 video", "12,345 videos". */
    static String count(int count, String noun) {
        return String.format(Locale.ROOT, "%,d %s%s", count, noun, count == 1 ? "" : "s");
    }
}
