package reel.http;

import java.nio.charset.StandardCharsets;
import java.util.function.IntPredicate;

/**
 * Percent-encoding (RFC 3986 §2.1) of text as UTF-8 octets, for the one rule that differs between its
 * uses: which octets may stand as they are. A URL path segment keeps the unreserved characters
 * (RFC 3986 §2.3); a {@code filename*} parameter keeps RFC 8187's attr-char.
 *
 * <pre>{@code
 * PercentEncoder.encode("a b#1.mp4", PercentEncoder::isUnreserved); // a%20b%231.mp4
 * }</pre>
 */
public final class PercentEncoder {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private PercentEncoder() {
    }

    /** Every UTF-8 octet of {@code text} that {@code keep} refuses becomes {@code %XX}, upper-case hex. */
    public static String encode(String text, IntPredicate keep) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        StringBuilder encoded = new StringBuilder(bytes.length * 3);
        for (byte b : bytes) {
            int octet = b & 0xFF;
            if (keep.test(octet)) {
                encoded.append((char) octet);
            } else {
                encoded.append('%').append(HEX[octet >> 4]).append(HEX[octet & 0xF]);
            }
        }
        return encoded.toString();
    }

    /** RFC 3986 §2.3: ALPHA DIGIT - . _ ~ */
    public static boolean isUnreserved(int octet) {
        return isAlphaOrDigit(octet) || octet == '-' || octet == '.' || octet == '_' || octet == '~';
    }

    /** RFC 8187 §3.2.1 attr-char: ALPHA DIGIT ! # $ &amp; + - . ^ _ ` | ~ */
    public static boolean isAttrChar(int octet) {
        return isAlphaOrDigit(octet) || "!#$&+-.^_`|~".indexOf(octet) >= 0;
    }

    private static boolean isAlphaOrDigit(int octet) {
        return (octet >= 'A' && octet <= 'Z') || (octet >= 'a' && octet <= 'z') || (octet >= '0' && octet <= '9');
    }
}
