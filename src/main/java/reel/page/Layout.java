package reel.page;

import java.util.List;
import reel.media.LibraryPath;

/** The page around every view: head, header and breadcrumbs. Arguments are HTML already escaped by the caller. */
final class Layout {

    /** What the root folder is called where a name is shown. */
    static final String LIBRARY = "Library";

    // No inline style or script anywhere: the Content-Security-Policy forbids both. The empty data:
    // icon stops browsers asking for /favicon.ico, which reel does not have. The script only improves
    // the page (filter, shortcuts, resume); everything works without it.
    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="color-scheme" content="light dark">
            <title>reel — %s</title>
            <link rel="icon" href="data:,">
            <link rel="stylesheet" href="%s">
            <script src="%s" defer></script>
            </head>
            <body>
            <header class="top"><a class="brand" href="%s">reel</a></header>
            %s<main>
            %s</main>
            </body>
            </html>
            """;

    private Layout() {
    }

    /** A whole document; {@code title} is plain text, {@code crumbs} and {@code main} are markup. */
    static String page(Links links, String title, String crumbs, String main) {
        return PAGE.formatted(Html.escape(title), Html.escape(links.stylesheet()), Html.escape(links.script()),
                Html.escape(links.library()), crumbs, main);
    }

    /**
     * The way down from the library to {@code path}; every step links except the last, which is this page.
     * The library itself has none: its heading already says where you are.
     */
    static String breadcrumbs(Links links, LibraryPath path) {
        if (path.isRoot()) {
            return "";
        }
        List<LibraryPath> lineage = path.lineage();
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < lineage.size() - 1; i++) {
            LibraryPath step = lineage.get(i);
            items.append("<li><a href=\"").append(Html.escape(links.folder(step))).append("\">")
                    .append(Html.escape(name(step))).append("</a></li>\n");
        }
        items.append("<li aria-current=\"page\">").append(Html.escape(name(path))).append("</li>\n");
        return "<nav class=\"crumbs\" aria-label=\"Breadcrumbs\"><ol>\n" + items + "</ol></nav>\n";
    }

    static String name(LibraryPath path) {
        return path.name().orElse(LIBRARY);
    }
}
