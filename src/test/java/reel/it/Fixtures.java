package reel.it;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Files whose bytes spell their own offsets, so a wrong range is readable at a glance. The content is
 * a run of 10-byte records, each its starting offset as nine decimal digits and a newline:
 * {@code "000000000\n000000010\n000000020\n..."}. Byte {@code i} is column {@code i % 10} of the record
 * that starts at {@code i - i % 10}; a file of any size is a prefix of that run, and no two records are
 * alike, so a body shifted by any amount does not match.
 */
public final class Fixtures {

    static final int RECORD_LENGTH = 10;
    static final long MAX_SIZE = 1_000_000_000L;
    private static final int DIGITS = RECORD_LENGTH - 1;

    private Fixtures() {
    }

    /** Writes {@code size} spelled bytes to {@code file}, creating its parent folders. */
    public static Path write(Path file, long size) throws IOException {
        requireSize(size);
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            for (long offset = 0; offset < size; offset++) {
                out.write(byteAt(offset));
            }
        }
        return file;
    }

    /** The spelled bytes from {@code first} to {@code last}, both inclusive, as in a byte range. */
    public static byte[] bytes(long first, long last) {
        if (first < 0 || last < first || last >= MAX_SIZE) {
            throw new IllegalArgumentException("bytes " + first + "-" + last);
        }
        byte[] bytes = new byte[Math.toIntExact(last - first + 1)];
        for (int index = 0; index < bytes.length; index++) {
            bytes[index] = byteAt(first + index);
        }
        return bytes;
    }

    /** The whole content of a spelled file of {@code size} bytes. */
    public static byte[] content(long size) {
        requireSize(size);
        return size == 0 ? new byte[0] : bytes(0, size - 1);
    }

    static byte byteAt(long offset) {
        int column = (int) (offset % RECORD_LENGTH);
        if (column == DIGITS) {
            return '\n';
        }
        long recordStart = offset - column;
        long digit = recordStart / powerOfTen(DIGITS - 1 - column) % 10;
        return (byte) ('0' + digit);
    }

    private static long powerOfTen(int exponent) {
        long power = 1;
        for (int i = 0; i < exponent; i++) {
            power *= 10;
        }
        return power;
    }

    private static void requireSize(long size) {
        if (size < 0 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size " + size + " is outside 0.." + MAX_SIZE);
        }
    }
}
