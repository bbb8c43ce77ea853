package reel.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import reel.http.ByteRange;
import reel.http.Reply;
import reel.media.LibraryPath;
import reel.media.MediaFile;

/** The status and header fields of every kind of reply, as GET and HEAD both send them. */
class ReplyHeadersTest {

    private static final MediaFile FILE = new MediaFile(Path.of("/media/linked to.mp4"),
            LibraryPath.ROOT.child("linked to.mp4"), "clip.mp4", 100_000,
            Instant.parse("2024-05-01T10:00:00Z"), "video/mp4");
    private static final String ETAG = FILE.representation().etag().toString();
    private static final String DATE = "Wed, 01 May 2024 10:00:00 GMT";

    static Stream<Arguments> replies() {
        return Stream.of(
                Arguments.of(new Reply.Full(), 200, fields("Accept-Ranges", "bytes", "ETag", ETAG,
                        "Last-Modified", DATE, "Cache-Control", "max-age=600", "Content-Type", "video/mp4",
                        "Content-Length", "100000")),
                Arguments.of(new Reply.Partial(new ByteRange(99_990, 99_999)), 206, fields("Accept-Ranges", "bytes",
                        "ETag", ETAG, "Last-Modified", DATE, "Cache-Control", "max-age=600", "Content-Type", "video/mp4",
                        "Content-Length", "10",
                        "Content-Range", "bytes 99990-99999/100000")),
                Arguments.of(new Reply.Multipart(List.of(new ByteRange(0, 2), new ByteRange(20_005, 20_009)), "SEP"),
                        206, fields("Accept-Ranges", "bytes", "ETag", ETAG, "Last-Modified", DATE,
                                "Cache-Control", "max-age=600", "Content-Type", "multipart/byteranges; boundary=SEP", "Content-Length", "163")),
                // §15.4.5: the ETag and Cache-Control; a 304 has no content, so no Content-Length either.
                Arguments.of(new Reply.NotModified(), 304, fields("ETag", ETAG, "Cache-Control", "max-age=600")),
                Arguments.of(new Reply.PreconditionFailed(), 412, fields("Content-Length", "0")),
                Arguments.of(new Reply.RangeNotSatisfiable(100_000), 416,
                        fields("Content-Range", "bytes */100000", "Content-Length", "0")));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("replies")
    void statusAndFields(Reply reply, int status, Map<String, String> fields) {
        RecordedResponse response = new RecordedResponse();
        ReplyHeaders.write(reply, ReplyHeaders.body(reply, FILE), FILE, new Labels("max-age=600", false), response.mock);

        assertEquals(status, response.status);
        assertEquals(fields, response.headers);
        assertEquals(0, response.body.size());
    }

    /** The download link's attachment is one of the decided fields of a 200 or 206, and only of those. */
    @Test
    void aDownloadIsAnAttachmentOnlyWhenThereIsABody() {
        RecordedResponse whole = new RecordedResponse();
        ReplyHeaders.write(new Reply.Full(), ReplyHeaders.body(new Reply.Full(), FILE), FILE, new Labels("no-cache", true),
                whole.mock);
        RecordedResponse notModified = new RecordedResponse();
        ReplyHeaders.write(new Reply.NotModified(), Optional.empty(), FILE, new Labels("no-cache", true), notModified.mock);

        // Named after the URL, not the file a link points at.
        assertEquals(ContentDisposition.attachment("clip.mp4"), whole.header("Content-Disposition"));
        assertNull(notModified.header("Content-Disposition"));
    }

    @Test
    void onlyFullPartialAndMultipartHaveABody() {
        assertEquals(Set.of(Reply.class.getPermittedSubclasses()).size(), replies().count(), "a row for every kind");
        assertEquals(Optional.empty(), ReplyHeaders.body(new Reply.NotModified(), FILE));
        assertEquals(10, ReplyHeaders.body(new Reply.Partial(new ByteRange(0, 9)), FILE).orElseThrow().contentLength());
        assertNull(ReplyHeaders.body(new Reply.PreconditionFailed(), FILE).orElse(null));
    }

    private static Map<String, String> fields(String... namesAndValues) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return fields;
    }
}
