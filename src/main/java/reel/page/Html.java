package reel.page;

/**
 * The one way from text to {@link Markup}: every name, path and message on a page goes through
 * {@link #text}, in element content and in attribute values alike, which reel always quotes.
 */
final class Html {

    private Html() {
    }

    /** Replaces {@code & < > " '} with character references, which is enough for text and quoted attributes. */
    static Markup text(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return new Markup(escaped.toString());
    }
}
