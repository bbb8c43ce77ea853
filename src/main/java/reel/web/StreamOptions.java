package reel.web;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import reel.config.Setting;
import reel.config.Settings;

/**
 * How VideoServlet streams: the async timeout, the longest a single response may run, and whether to
 * hand whole files and single ranges to the connector's sendfile.
 */
record StreamOptions(Duration asyncTimeout, boolean sendfile) {

    /**
     * Long enough for a film watched through one response; a player whose response is cut at the limit
     * asks again from where it was. Stalled clients are not what this is for: the connector's write
     * timeout closes those much sooner.
     */
    static final Duration DEFAULT_ASYNC_TIMEOUT = Duration.ofHours(3);

    static final StreamOptions DEFAULTS = new StreamOptions(DEFAULT_ASYNC_TIMEOUT, false);

    StreamOptions {
        Objects.requireNonNull(asyncTimeout, "asyncTimeout");
        if (asyncTimeout.isNegative() || asyncTimeout.isZero()) {
            throw new IllegalArgumentException("asyncTimeout must be positive: " + asyncTimeout);
        }
    }

    static StreamOptions from(Settings settings) {
        Duration timeout = settings.find("async.timeout").map(StreamOptions::duration).orElse(DEFAULT_ASYNC_TIMEOUT);
        boolean sendfile = settings.find("sendfile").map(StreamOptions::flag).orElse(false);
        return new StreamOptions(timeout, sendfile);
    }

    private static Duration duration(Setting setting) {
        String value = setting.value().toLowerCase(Locale.ROOT);
        Optional<Duration> unit = switch (value.isEmpty() ? ' ' : value.charAt(value.length() - 1)) {
            case 's' -> number(value).map(Duration::ofSeconds);
            case 'm' -> number(value).map(Duration::ofMinutes);
            case 'h' -> number(value).map(Duration::ofHours);
            default -> Optional.empty();
        };
        return unit.filter(d -> !d.isZero()).orElseThrow(() -> new IllegalArgumentException(setting.origin()
                + " is " + setting.value() + "; allowed: a positive whole number of seconds, minutes or hours,"
                + " such as 90s, 30m or 3h"));
    }

    private static Optional<Long> number(String value) {
        String digits = value.substring(0, value.length() - 1);
        return digits.matches("[0-9]{1,9}") ? Optional.of(Long.parseLong(digits)) : Optional.empty();
    }

    private static boolean flag(Setting setting) {
        return switch (setting.value().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(setting.origin() + " is " + setting.value()
                    + "; allowed: true or false");
        };
    }
}
