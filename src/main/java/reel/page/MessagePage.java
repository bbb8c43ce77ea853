package reel.page;

/** A page that says what went wrong in words, in the same look as the library, instead of a container error page. */
final class MessagePage {

    private static final String MAIN = """
            <h1>%s</h1>
            <p class="message">%s</p>
            <p class="back"><a href="%s">%s</a></p>
            """;

    private MessagePage() {
    }

    /** Nothing about the request is repeated back, so a 404 reveals nothing and reflects nothing. */
    static String notFound(Links links) {
        return render(links, "Not found", "There is no folder or video at this address.", "Back to the library");
    }

    /** {@code message} is plain text, such as {@link reel.media.MediaRoot.Unavailable#message()}. */
    static String unavailable(Links links, String message) {
        return render(links, "Media folder unavailable", message, "Try again");
    }

    private static String render(Links links, String heading, String message, String linkText) {
        String main = MAIN.formatted(Html.escape(heading), Html.escape(message), Html.escape(links.library()),
                Html.escape(linkText));
        return Layout.page(links, heading, "", main);
    }
}
