package reel.it;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A strict reader of a multipart body (RFC 2046 §5.1.1), for checking multipart/byteranges. */
final class Multipart {

    record Part(Map<String, String> headers, byte[] body) {
    }

    private Multipart() {
    }

    /** Fails (AssertionError) on anything but delimiter, headers, CRLF, body, ..., close delimiter. */
    static List<Part> parse(byte[] body, String boundary) {
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.US_ASCII);
        byte[] nextDelimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.US_ASCII);
        int position = indexOf(body, delimiter, 0);
        if (position < 0) {
            throw new AssertionError("no delimiter --" + boundary);
        }
        position += delimiter.length;
        List<Part> parts = new ArrayList<>();
        while (!startsWith(body, position, "--")) {
            position = expect(body, position, "\r\n");
            int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII), position);
            Map<String, String> headers = headers(new String(body, position, headersEnd - position,
                    StandardCharsets.US_ASCII));
            int contentStart = headersEnd + 4;
            int contentEnd = indexOf(body, nextDelimiter, contentStart);
            if (contentEnd < 0) {
                throw new AssertionError("part not closed by a delimiter");
            }
            parts.add(new Part(headers, Arrays.copyOfRange(body, contentStart, contentEnd)));
            position = contentEnd + nextDelimiter.length;
        }
        expect(body, position + 2, "\r\n");
        return parts;
    }

    private static Map<String, String> headers(String block) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line : block.split("\r\n")) {
            int colon = line.indexOf(':');
            headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
        }
        return headers;
    }

    private static int expect(byte[] body, int position, String text) {
        if (!startsWith(body, position, text)) {
            throw new AssertionError("expected " + text.replace("\r\n", "CRLF") + " at " + position);
        }
        return position + text.length();
    }

    private static boolean startsWith(byte[] body, int position, String text) {
        byte[] expected = text.getBytes(StandardCharsets.US_ASCII);
        return position + expected.length <= body.length
                && Arrays.equals(body, position, position + expected.length, expected, 0, expected.length);
    }

    private static int indexOf(byte[] body, byte[] needle, int from) {
        for (int i = from; i + needle.length <= body.length; i++) {
            if (Arrays.equals(body, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        return -1;
    }
}
