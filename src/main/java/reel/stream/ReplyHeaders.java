package reel.stream;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import reel.http.HttpDate;
import reel.http.Reply;
import reel.media.MediaFile;

/**
 * Puts a decided {@link Reply} for a media file on the response as status and header fields, and
 * says which body, if any, has to follow. HEAD uses it alone; GET then copies the body.
 */
public final class ReplyHeaders {

    private ReplyHeaders() {
    }

    /** The body a 200 or 206 promises; nothing for the replies that carry no content. */
    public static Optional<ResponseBody> body(Reply reply, MediaFile file) {
        if (reply instanceof Reply.Full) {
            return Optional.of(ResponseBody.whole(file));
        } else if (reply instanceof Reply.Partial partial) {
            return Optional.of(ResponseBody.partial(partial, file));
        } else if (reply instanceof Reply.Multipart multipart) {
            return Optional.of(ResponseBody.multipart(multipart, file));
        }
        return Optional.empty();
    }

    /**
     * Sets status and header fields; {@code body} is what {@link #body} returned for the same reply, and
     * {@code labels} what the request asked for: how long caches may keep it, and whether it is a download,
     * which makes a 200 or 206 an attachment under the file's name.
     */
    public static void write(Reply reply, Optional<ResponseBody> body, MediaFile file, Labels labels,
            HttpServletResponse response) {
        response.setStatus(reply.status());
        if (body.isPresent()) {
            // §9.3.2: HEAD gets these same fields, so they never depend on the method.
            writeValidators(file, response);
            response.setHeader("Cache-Control", labels.cacheControl());
            response.setContentType(body.get().contentType());
            response.setContentLengthLong(body.get().contentLength());
            body.get().contentRange().ifPresent(value -> response.setHeader("Content-Range", value));
            if (labels.download()) {
                response.setHeader("Content-Disposition", ContentDisposition.attachment(file.name()));
            }
        } else if (reply instanceof Reply.NotModified) {
            // §15.4.5: a 304 repeats the ETag and Cache-Control a 200 would carry; other metadata is left out.
            response.setHeader("ETag", file.representation().etag().toString());
            response.setHeader("Cache-Control", labels.cacheControl());
        } else if (reply instanceof Reply.RangeNotSatisfiable unsatisfiable) {
            response.setHeader("Content-Range", unsatisfiable.contentRange());
            response.setContentLength(0);
        } else if (reply instanceof Reply.PreconditionFailed) {
            response.setContentLength(0);
        } else {
            throw new AssertionError(reply);
        }
    }

    /** Zero asks every cache to revalidate each time (no-cache); the strong ETag makes that a cheap 304. */
    private static void writeValidators(MediaFile file, HttpServletResponse response) {
        response.setHeader("Accept-Ranges", "bytes");
        response.setHeader("ETag", file.representation().etag().toString());
        response.setHeader("Last-Modified", HttpDate.format(file.modified()));
    }
}
