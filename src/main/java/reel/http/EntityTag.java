package reel.http;

import java.time.Instant;
import java.util.Objects;

/**
 * An entity tag (RFC 9110 §8.8.3): an opaque string, strong unless marked weak.
 * {@link #toString()} is the header form, e.g. {@code "1f4-18c2a9e1d40"} or {@code W/"x"}.
 */
public record EntityTag(String opaque, boolean weak) {

    public EntityTag {
        Objects.requireNonNull(opaque, "opaque");
        for (int i = 0; i < opaque.length(); i++) {
            if (!isEtagChar(opaque.charAt(i))) {
                throw new IllegalArgumentException("not an etagc at " + i + ": " + opaque);
            }
        }
    }

    /**
     * The strong tag reel gives a file: its size and modification time in whole seconds, so the same
     * file bytes get the same tag across restarts and across servers that copied the file with its
     * time: copy tools keep whole seconds (some only those), and so does {@code Last-Modified}.
     */
    public static EntityTag of(long size, Instant modified) {
        return new EntityTag(Long.toHexString(size) + "-" + Long.toHexString(modified.getEpochSecond()), false);
    }

    /** §8.8.3.2: both strong and character-for-character equal. */
    public boolean matchesStrongly(EntityTag other) {
        return !weak && !other.weak && opaque.equals(other.opaque);
    }

    /** §8.8.3.2: equal opaque strings, whatever either tag's weakness. */
    public boolean matchesWeakly(EntityTag other) {
        return opaque.equals(other.opaque);
    }

    @Override
    public String toString() {
        return (weak ? "W/\"" : "\"") + opaque + "\"";
    }

    /** §8.8.3: etagc = %x21 / %x23-7E / obs-text. */
    static boolean isEtagChar(char c) {
        return c == 0x21 || (c >= 0x23 && c <= 0x7E) || (c >= 0x80 && c <= 0xFF);
    }
}
