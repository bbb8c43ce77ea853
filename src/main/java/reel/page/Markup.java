package reel.page;

import java.util.List;
import java.util.Objects;

/**
 * HTML that may go on a page as it is. It comes from three places only: text escaped by
 * {@link Html#text}, a {@link Template} filled with markup, or a literal written in reel's source
 * (MarkupSourcesTest keeps that so). A {@code String} is never markup, so a file name passed where
 * markup belongs does not compile.
 */
record Markup(String html) {

    static final Markup EMPTY = new Markup("");

    Markup {
        Objects.requireNonNull(html, "html");
    }

    static Markup join(Markup... parts) {
        return join(List.of(parts));
    }

    static Markup join(List<Markup> parts) {
        StringBuilder html = new StringBuilder();
        for (Markup part : parts) {
            html.append(part.html());
        }
        return new Markup(html.toString());
    }
}
