package reel.http;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The framing of a {@code multipart/byteranges} body (RFC 9110 §14.6): each part's header bytes,
 * its range, and the closing delimiter, so the exact Content-Length is known before writing.
 */
public record MultipartByteranges(List<Part> parts, byte[] closing) {

    /** One body part: the delimiter and part headers to write, then the bytes of {@code range}. */
    public record Part(byte[] head, ByteRange range) {
    }

    private static final String CRLF = "\r\n";

    public MultipartByteranges {
        parts = List.copyOf(parts);
    }

    public static MultipartByteranges of(Reply.Multipart reply, String partContentType, long completeLength) {
        List<Part> parts = new ArrayList<>();
        for (ByteRange range : reply.ranges()) {
            // The CRLF before each delimiter belongs to the delimiter (RFC 2046 §5.1.1).
            String head = (parts.isEmpty() ? "" : CRLF) + "--" + reply.boundary() + CRLF
                    + "Content-Type: " + partContentType + CRLF
                    + "Content-Range: " + range.contentRange(completeLength) + CRLF
                    + CRLF;
            parts.add(new Part(ascii(head), range));
        }
        return new MultipartByteranges(parts, ascii(CRLF + "--" + reply.boundary() + "--" + CRLF));
    }

    /** The Content-Type of the whole response. */
    public static String contentType(Reply.Multipart reply) {
        return "multipart/byteranges; boundary=" + reply.boundary();
    }

    public long contentLength() {
        long total = closing.length;
        for (Part part : parts) {
            total = Math.addExact(total, part.head().length);
            total = Math.addExact(total, part.range().length());
        }
        return total;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
