package reel.it;

import java.nio.charset.StandardCharsets;

/** Turns a decoded URL path into its percent-encoded form, one segment at a time (RFC 3986 §2.1). */
final class PercentEncoding {

    // RFC 3986 §2.3: the only characters that never need encoding.
    private static final String UNRESERVED =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";

    private PercentEncoding() {
    }

    /** Keeps slashes and unreserved characters; encodes every other byte of the UTF-8 form. */
    static String path(String decodedPath) {
        StringBuilder encoded = new StringBuilder(decodedPath.length() * 3);
        for (byte b : decodedPath.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if (c == '/' || UNRESERVED.indexOf(c) >= 0) {
                encoded.append(c);
            } else {
                encoded.append('%').append(hexDigit(c >> 4)).append(hexDigit(c & 0xF));
            }
        }
        return encoded.toString();
    }

    private static char hexDigit(int value) {
        return Character.toUpperCase(Character.forDigit(value, 16));
    }
}
