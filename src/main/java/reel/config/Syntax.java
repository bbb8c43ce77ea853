package reel.config;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The spellings a setting's value may take. Each parser answers empty for anything it does not
 * accept, never a guess: a typo must stop the deployment, not change its meaning.
 */
public final class Syntax {

    private static final Pattern ROLE_NAME = Pattern.compile("(?=.{1,100}$)[\\p{L}\\p{N}._-]+( [\\p{L}\\p{N}._-]+)*");
    private static final Pattern AMOUNT_WITH_UNIT = Pattern.compile("([0-9]{1,18})([a-zA-Z]*)");

    private Syntax() {
    }

    /** {@code 90s}, {@code 30m}, {@code 2h}, {@code 1d}, {@code 500ms}, a plain number of seconds, or ISO-8601 {@code PT2H}. */
    public static Optional<Duration> duration(String text) {
        if (text.startsWith("P") || text.startsWith("p")) {
            try {
                return Optional.of(Duration.parse(text)).filter(duration -> !duration.isNegative());
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        Matcher matcher = AMOUNT_WITH_UNIT.matcher(text);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        long amount = Long.parseLong(matcher.group(1));
        try {
            return switch (matcher.group(2).toLowerCase(Locale.ROOT)) {
                case "ms" -> Optional.of(Duration.ofMillis(amount));
                case "", "s" -> Optional.of(Duration.ofSeconds(amount));
                case "m" -> Optional.of(Duration.ofMinutes(amount));
                case "h" -> Optional.of(Duration.ofHours(amount));
                case "d" -> Optional.of(Duration.ofDays(amount));
                default -> Optional.empty();
            };
        } catch (ArithmeticException tooLong) {
            return Optional.empty();
        }
    }

    /**
     * Bytes, with an optional binary multiple: {@code 500k} is 500 × 1024, {@code 2M} 2 × 1024², {@code 1G}
     * 1024³ (case does not matter). Bytes, not bits: network speeds in Mbit/s are eight times larger.
     */
    public static OptionalLong bytes(String text) {
        Matcher matcher = AMOUNT_WITH_UNIT.matcher(text);
        if (!matcher.matches()) {
            return OptionalLong.empty();
        }
        long amount = Long.parseLong(matcher.group(1));
        int shift = switch (matcher.group(2).toLowerCase(Locale.ROOT)) {
            case "" -> 0;
            case "k" -> 10;
            case "m" -> 20;
            case "g" -> 30;
            default -> -1;
        };
        if (shift < 0 || amount > Long.MAX_VALUE >> shift) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(amount << shift);
    }

    /** {@code true} or {@code false} in any case; not {@code yes}, {@code 1} or {@code on}, which read as guesses. */
    public static Optional<Boolean> bool(String text) {
        if (text.equalsIgnoreCase("true")) {
            return Optional.of(true);
        }
        if (text.equalsIgnoreCase("false")) {
            return Optional.of(false);
        }
        return Optional.empty();
    }

    /** 1*DIGIT as an int; no sign, no spaces. */
    public static Optional<Integer> count(String text) {
        if (text.isEmpty() || text.length() > 9 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(text));
    }

    /**
     * An absolute path, which means the same whatever folder Tomcat was started in; a relative one would
     * depend on it, so it is refused.
     */
    public static Optional<Path> absolutePath(String text) {
        try {
            Path path = Path.of(text);
            return path.isAbsolute() ? Optional.of(path.normalize()) : Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** A Java regular expression, matched against the whole remote address as RemoteAddrValve's {@code allow} is. */
    public static Optional<Pattern> addressPattern(String text) {
        try {
            return Optional.of(Pattern.compile(text));
        } catch (PatternSyntaxException e) {
            return Optional.empty();
        }
    }

    /**
     * A role name as realms spell them: letters, digits and {@code . _ -}, and single spaces between
     * words because directory groups are named that way ({@code Video Viewers}). Commas, colons and
     * semicolons are refused so that role lists in other settings stay unambiguous; spaces at either end,
     * or two in a row, are refused as the typing mistakes they are.
     */
    public static Optional<String> roleName(String text) {
        return ROLE_NAME.matcher(text).matches() ? Optional.of(text) : Optional.empty();
    }
}
