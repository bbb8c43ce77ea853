package reel.stream;

import java.text.Normalizer;
import reel.http.PercentEncoder;

/**
 * The {@code Content-Disposition} field value that makes a browser save a response under a file name
 * (RFC 6266). Every browser today reads {@code filename*} (RFC 8187: UTF-8, percent-encoded), which
 * carries the exact name; {@code filename} carries an ASCII stand-in for the few that do not.
 */
public final class ContentDisposition {

    // What replaces a character the ASCII fallback cannot hold; it is legal in every file system.
    private static final char REPLACEMENT = '_';

    private ContentDisposition() {
    }

    /** {@code attachment; filename="Cafe.mp4"; filename*=UTF-8''Caf%C3%A9.mp4} for {@code Café.mp4}. */
    public static String attachment(String fileName) {
        return "attachment; filename=\"" + asciiFallback(fileName) + "\"; filename*=UTF-8''" + extValue(fileName);
    }

    /**
     * RFC 6266 §4.3: the fallback is a quoted-string of ISO-8859-1, but agents disagree on escapes and
     * on non-ASCII there. So: accents dropped ("é" becomes "e"), and anything that is not printable
     * ASCII, or is a quote, backslash, slash or percent sign, becomes "_".
     */
    static String asciiFallback(String fileName) {
        String decomposed = Normalizer.normalize(fileName, Normalizer.Form.NFD);
        StringBuilder fallback = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            boolean safe = c >= 0x20 && c < 0x7F && c != '"' && c != '\\' && c != '/' && c != '%';
            // A surrogate pair is one character: one replacement, not two.
            if (!safe && Character.isHighSurrogate(c) && i + 1 < decomposed.length()
                    && Character.isLowSurrogate(decomposed.charAt(i + 1))) {
                i++;
            }
            fallback.append(safe ? c : REPLACEMENT);
        }
        return fallback.toString();
    }

    /** RFC 8187 §3.2.1: attr-char stays, every other octet of the UTF-8 form is percent-encoded. */
    static String extValue(String fileName) {
        return PercentEncoder.encode(fileName, PercentEncoder::isAttrChar);
    }
}
