package reel.config;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One setting reel understands: its generic name ({@code async.timeout}), its default, how its text
 * is read and checked, and what to tell someone who wrote a value that is not allowed.
 *
 * @param allowed completes "allowed: ...", e.g. {@code "a duration above 0, such as 90s, 30m, 2h or PT2H"}
 * @param show how the effective value is written in the startup log
 * @param isSecret whether the text must never be repeated, not even in the line that refuses it
 */
public record Option<T>(String name, T defaultValue, Function<String, Optional<T>> parse, Predicate<T> isAllowed,
        String allowed, Function<T, String> show, boolean isSecret) {

    /** An option whose value may be written in the log. */
    public Option(String name, T defaultValue, Function<String, Optional<T>> parse, Predicate<T> isAllowed,
            String allowed, Function<T, String> show) {
        this(name, defaultValue, parse, isAllowed, allowed, show, false);
    }

    public Option {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(defaultValue, "defaultValue");
        Objects.requireNonNull(parse, "parse");
        Objects.requireNonNull(isAllowed, "isAllowed");
        Objects.requireNonNull(allowed, "allowed");
        Objects.requireNonNull(show, "show");
    }

    /** The value of a setting's text, or empty when it does not parse or is out of range. */
    public Optional<T> read(String text) {
        return parse.apply(text).filter(isAllowed);
    }
}
