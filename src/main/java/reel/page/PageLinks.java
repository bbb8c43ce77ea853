package reel.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import reel.media.LibraryPath;

/**
 * The links between the pages of a folder's videos: previous and next ({@code rel="prev"}/{@code "next"})
 * and page numbers, the current one marked {@code aria-current="page"}. Plain links, so paging works
 * without script; each keeps the filter and the order.
 */
final class PageLinks {

    private static final Template NAV = new Template("""
            <nav class="pages" aria-label="Pages"><ul>
            {links}</ul></nav>
            """);
    private static final Template PREVIOUS = new Template("""
            <li><a class="step" rel="prev" href="{href}"><span aria-hidden="true">← </span>Previous</a></li>
            """);
    private static final Template NEXT = new Template("""
            <li><a class="step" rel="next" href="{href}">Next<span aria-hidden="true"> →</span></a></li>
            """);
    private static final Template NUMBER = new Template("""
            <li><a href="{href}"><span class="visually-hidden">Page </span>{number}</a></li>
            """);
    private static final Template CURRENT = new Template("""
            <li><a href="{href}" aria-current="page"><span class="visually-hidden">Page </span>{number}</a></li>
            """);
    private static final Markup GAP = new Markup("""
            <li class="gap" aria-hidden="true">…</li>
            """);

    private PageLinks() {
    }

    /** Nothing when everything fits on one page. */
    static Markup render(Links links, LibraryPath folder, FolderQuery query, Paging paging) {
        if (paging.lastPage() == 1) {
            return Markup.EMPTY;
        }
        List<Markup> items = new ArrayList<>();
        if (paging.hasPrevious()) {
            items.add(PREVIOUS.fill(Map.of("href", href(links, folder, query, paging.page() - 1))));
        }
        int previous = 0;
        for (int number : paging.numbers()) {
            if (number > previous + 1) {
                items.add(GAP);
            }
            Template template = number == paging.page() ? CURRENT : NUMBER;
            items.add(template.fill(Map.of("href", href(links, folder, query, number),
                    "number", Html.text(String.valueOf(number)))));
            previous = number;
        }
        if (paging.hasNext()) {
            items.add(NEXT.fill(Map.of("href", href(links, folder, query, paging.page() + 1))));
        }
        return NAV.fill(Map.of("links", Markup.join(items)));
    }

    private static Markup href(Links links, LibraryPath folder, FolderQuery query, int page) {
        return Html.text(links.folder(folder, query.onPage(page)));
    }
}
