package reel.subtitle;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.apache.commons.io.ByteOrderMark;
import org.apache.commons.io.input.BOMInputStream;

/**
 * Subtitle files as text. WebVTT is UTF-8 by definition, but SubRip files in the wild are UTF-8 (with
 * or without a byte order mark), UTF-16 with a mark, or, from older tools, Windows-1252.
 */
public final class SubtitleText {

    // Windows-1252 decodes every byte, so it is the last resort that never fails; it is what
    // Western-European SubRip files made before UTF-8 use.
    private static final Charset LEGACY = Charset.forName("windows-1252");

    private SubtitleText() {
    }

    /** The text of a subtitle file, without a byte order mark. */
    public static String decode(byte[] bytes) {
        try (BOMInputStream in = BOMInputStream.builder().setInputStream(new ByteArrayInputStream(bytes))
                .setByteOrderMarks(ByteOrderMark.UTF_8, ByteOrderMark.UTF_16BE, ByteOrderMark.UTF_16LE).get()) {
            ByteOrderMark mark = in.getBOM();
            byte[] text = in.readAllBytes();
            if (mark == null || mark.equals(ByteOrderMark.UTF_8)) {
                return utf8OrLegacy(text);
            }
            return new String(text, mark.getCharsetName());
        } catch (IOException e) {
            // Reading bytes already in memory does not fail.
            throw new UncheckedIOException(e);
        }
    }

    private static String utf8OrLegacy(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, LEGACY);
        }
    }
}
