package reel.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import reel.page.PageReply;

/** Writes a decided {@link PageReply}: the status, the header fields each kind needs, and the HTML. */
final class PageWriter {

    static final String CONTENT_TYPE = "text/html; charset=utf-8";
    // Everything is same-origin and nothing is inline; data: only for the empty favicon.
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; media-src 'self'; "
            + "style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'self'";

    private static final String PAGE_CACHING = "private, no-cache";

    private PageWriter() {
    }

    static void write(PageReply reply, HttpServletResponse response) throws IOException {
        response.setStatus(reply.status());
        if (reply instanceof PageReply.Redirect redirect) {
            response.setHeader("Location", redirect.location());
        } else if (reply instanceof PageReply.Document document) {
            // Pages list the folder as it is now, with links to each file's current version: a browser
            // revalidates rather than show a stale listing, and a shared cache does not keep them at all.
            writeHtml(document.html(), PAGE_CACHING, response);
        } else if (reply instanceof PageReply.Unstored unstored) {
            writeHtml(unstored.html(), "no-store", response);
        } else if (reply instanceof PageReply.Hidden hidden) {
            // Byte for byte the not-found page, so a place hidden through a link looks like no place at all.
            writeHtml(hidden.html(), PAGE_CACHING, response);
        } else if (reply instanceof PageReply.Unavailable unavailable) {
            response.setHeader("Retry-After", String.valueOf(unavailable.retryAfter().toSeconds()));
            writeHtml(unavailable.html(), "no-store", response);
        } else if (reply instanceof PageReply.Challenge challenge) {
            response.setHeader("WWW-Authenticate", challenge.challenge());
            writeHtml(challenge.html(), "no-store", response);
        } else {
            throw new AssertionError(reply);
        }
    }

    private static void writeHtml(String html, String cacheControl, HttpServletResponse response) throws IOException {
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        response.setContentType(CONTENT_TYPE);
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("Cache-Control", cacheControl);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
