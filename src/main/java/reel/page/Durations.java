package reel.page;

import java.time.Duration;
import java.util.Locale;

/** Play times as players show them, and where in a video its poster frame is taken. */
final class Durations {

    // A title card or a fade from black is common in the first seconds; 10% in shows the video itself.
    private static final double POSTER_FRACTION = 0.1;
    private static final Duration POSTER_DEFAULT = Duration.ofSeconds(3);
    private static final Duration POSTER_LATEST = Duration.ofMinutes(2);

    private Durations() {
    }

    /** "0:07", "1:05", "12:00", "1:02:03": minutes and seconds, hours only when there are any; rounded down. */
    static String format(Duration duration) {
        long seconds = duration.getSeconds();
        long hours = seconds / 3600;
        long minutes = seconds % 3600 / 60;
        long rest = seconds % 60;
        return hours > 0
                ? String.format(Locale.ROOT, "%d:%02d:%02d", hours, minutes, rest)
                : String.format(Locale.ROOT, "%d:%02d", minutes, rest);
    }

    /** For screen readers: "7 seconds", "1 minute 5 seconds", "1 hour 2 minutes". */
    static String spoken(Duration duration) {
        long seconds = duration.getSeconds();
        StringBuilder spoken = new StringBuilder();
        append(spoken, seconds / 3600, "hour");
        append(spoken, seconds % 3600 / 60, "minute");
        if (seconds < 3600) {
            append(spoken, seconds % 60, "second");
        }
        return spoken.length() == 0 ? "0 seconds" : spoken.toString();
    }

    /** 10% in, at most two minutes; 3 s when the length is unknown (a fragment past the end shows the last frame). */
    static Duration posterTime(java.util.Optional<Duration> duration) {
        return duration
                .map(length -> Duration.ofMillis(Math.round(length.toMillis() * POSTER_FRACTION)))
                .map(at -> at.compareTo(POSTER_LATEST) > 0 ? POSTER_LATEST : at)
                .orElse(POSTER_DEFAULT);
    }

    private static void append(StringBuilder spoken, long count, String unit) {
        if (count > 0) {
            spoken.append(spoken.length() == 0 ? "" : " ").append(count).append(' ').append(unit)
                    .append(count == 1 ? "" : "s");
        }
    }
}
