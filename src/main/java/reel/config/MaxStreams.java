package reel.config;

import java.util.Locale;
import java.util.Optional;

/**
 * The {@code max-streams} setting: how many video streams may run at once. {@code auto} (the default)
 * lets reel derive the number from the JVM's heap limit when it starts; a number fixes it.
 */
public sealed interface MaxStreams permits MaxStreams.Auto, MaxStreams.Fixed {

    /** The largest number accepted: far beyond what one connector's {@code maxConnections} allows. */
    int MOST = 1_000_000;

    /** Derived from the heap limit at startup. */
    record Auto() implements MaxStreams {
    }

    /** The operator's number, from 1 to {@link #MOST}. */
    record Fixed(int streams) implements MaxStreams {
        public Fixed {
            if (streams < 1 || streams > MOST) {
                throw new IllegalArgumentException("streams " + streams);
            }
        }
    }

    /** {@code auto} in any case, or a whole number from 1 to {@link #MOST}. */
    static Optional<MaxStreams> parse(String text) {
        if (text.toLowerCase(Locale.ROOT).equals("auto")) {
            return Optional.of(new Auto());
        }
        return Syntax.count(text).filter(count -> count >= 1 && count <= MOST).map(Fixed::new);
    }

    /** As the startup log writes it. */
    static String show(MaxStreams value) {
        return value instanceof Fixed fixed ? String.valueOf(fixed.streams()) : "auto";
    }
}
