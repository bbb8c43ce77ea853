package reel.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import reel.media.LibraryPath;

/** The page around every view: head, header and breadcrumbs. */
final class Layout {

    /** What the root folder is called where a name is shown. */
    static final String LIBRARY = "Library";

    // No inline style or script anywhere: the Content-Security-Policy forbids both. The empty data:
    // icon stops browsers asking for /favicon.ico, which reel does not have. The script only improves
    // the page (filter, shortcuts, resume); everything works without it.
    private static final Template PAGE = new Template("""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="color-scheme" content="light dark">
            <title>reel — {title}</title>
            <link rel="icon" href="data:,">
            <link rel="stylesheet" href="{stylesheet}">
            <script src="{script}" defer></script>
            </head>
            <body>
            <header class="top"><a class="brand" href="{library}">reel</a>
            {search}{account}</header>
            {crumbs}<main>
            {main}</main>
            </body>
            </html>
            """);
    // A plain GET form, so searching works without script; role="search" makes it a landmark.
    private static final Template SEARCH = new Template("""
            <form class="search" role="search" action="{action}" method="get">
            <label class="visually-hidden" for="library-search">Search the library</label>
            <input id="library-search" name="q" type="search" value="{query}" placeholder="Search the library" \
            autocomplete="off" spellcheck="false">
            <button class="button" type="submit">Search</button>
            </form>
            """);
    // Who is signed in, and a POST to sign out, so a link prefetched or followed by a crawler signs nobody out.
    private static final Template ACCOUNT = new Template("""
            <form class="account" action="{action}" method="post">
            <span class="user">Signed in as <strong>{user}</strong></span>
            <button class="button" type="submit">Sign out</button>
            </form>
            """);
    private static final Template CRUMBS = new Template("""
            <nav class="crumbs" aria-label="Breadcrumbs"><ol>
            {steps}</ol></nav>
            """);
    private static final Template STEP = new Template("""
            <li><a href="{href}">{name}</a></li>
            """);
    private static final Template HERE = new Template("""
            <li aria-current="page">{name}</li>
            """);

    private Layout() {
    }

    /** A whole document; {@code title} is plain text. */
    static Markup page(Links links, String title, Markup crumbs, Markup main) {
        return page(links, title, "", crumbs, main);
    }

    /** The same with {@code query}, plain text, in the header's search box, as the search page shows what it found for. */
    static Markup page(Links links, String title, String query, Markup crumbs, Markup main) {
        // Someone holding a share link may open its one video only; a search box would lead nowhere.
        Markup search = links.isShared() ? Markup.EMPTY
                : SEARCH.fill(Map.of("action", Html.text(links.search()), "query", Html.text(query)));
        return PAGE.fill(Map.of("title", Html.text(title), "stylesheet", Html.text(links.stylesheet()),
                "script", Html.text(links.script()), "library", Html.text(links.library()), "search", search,
                "account", account(links), "crumbs", crumbs, "main", main));
    }

    private static Markup account(Links links) {
        return links.signedIn()
                .map(user -> ACCOUNT.fill(Map.of("action", Html.text(links.signOut()), "user", Html.text(user))))
                .orElse(Markup.EMPTY);
    }

    /**
     * The way down from the library to {@code path}; every step links except the last, which is this page.
     * The library itself has none: its heading already says where you are.
     */
    static Markup breadcrumbs(Links links, LibraryPath path) {
        if (path.isRoot()) {
            return Markup.EMPTY;
        }
        List<LibraryPath> lineage = path.lineage();
        List<Markup> steps = new ArrayList<>();
        for (LibraryPath step : lineage.subList(0, lineage.size() - 1)) {
            steps.add(STEP.fill(Map.of("href", Html.text(links.folder(step)), "name", Html.text(name(step)))));
        }
        steps.add(HERE.fill(Map.of("name", Html.text(name(path)))));
        return CRUMBS.fill(Map.of("steps", Markup.join(steps)));
    }

    static String name(LibraryPath path) {
        return path.name().orElse(LIBRARY);
    }
}
