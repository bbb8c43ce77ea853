package reel.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class MultipartByterangesTest {

    @Test
    void framesPartsAsSection14Point6AndCountsEveryByte() {
        Reply.Multipart reply = new Reply.Multipart(List.of(new ByteRange(0, 3), new ByteRange(8, 9)), "XYZ");
        MultipartByteranges body = MultipartByteranges.of(reply, "video/mp4", 10);
        byte[] file = "0123456789".getBytes(StandardCharsets.US_ASCII);

        ByteArrayOutputStream written = new ByteArrayOutputStream();
        for (MultipartByteranges.Part part : body.parts()) {
            written.writeBytes(part.head());
            written.write(file, (int) part.range().first(), (int) part.range().length());
        }
        written.writeBytes(body.closing());

        String expected = "--XYZ\r\n"
                + "Content-Type: video/mp4\r\n"
                + "Content-Range: bytes 0-3/10\r\n"
                + "\r\n"
                + "0123"
                + "\r\n--XYZ\r\n"
                + "Content-Type: video/mp4\r\n"
                + "Content-Range: bytes 8-9/10\r\n"
                + "\r\n"
                + "89"
                + "\r\n--XYZ--\r\n";
        assertEquals(expected, written.toString(StandardCharsets.US_ASCII));
        assertEquals(expected.length(), body.contentLength());
        assertEquals("multipart/byteranges; boundary=XYZ", MultipartByteranges.contentType(reply));
    }

    @Test
    void lengthOfPartsPastFourGibibytesDoesNotOverflow() {
        long big = 6L * 1024 * 1024 * 1024;
        Reply.Multipart reply = new Reply.Multipart(List.of(new ByteRange(0, big - 2), new ByteRange(big - 1, big - 1)), "b");
        MultipartByteranges body = MultipartByteranges.of(reply, "video/mp4", big);
        long framing = body.parts().stream().mapToLong(p -> p.head().length).sum() + body.closing().length;
        assertEquals(big + framing, body.contentLength());
    }
}
