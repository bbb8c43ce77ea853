package reel.page;

import java.util.Locale;

/** Sizes for people: "0 B", "1023 B", "1.0 KB", "1.4 MB", "3.2 GB", in steps of 1024. */
public final class FileSizes {

    private static final String[] UNITS = {"B", "KB", "MB", "GB", "TB", "PB", "EB"};
    private static final double STEP = 1024;

    private FileSizes() {
    }

    /** One decimal from a kilobyte up, rounded half up; a value that rounds to 1024 moves to the next unit. */
    public static String format(long bytes) {
        if (bytes < 0) {
            throw new IllegalArgumentException("negative size " + bytes);
        }
        if (bytes < STEP) {
            return bytes + " B";
        }
        double value = bytes;
        int unit = 0;
        // Compare the rounded value, so 1048575 bytes read "1.0 MB" rather than "1024.0 KB".
        while (unit < UNITS.length - 1 && Math.round(value * 10) / 10.0 >= STEP) {
            value /= STEP;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, UNITS[unit]);
    }
}
