package reel.config;

import java.util.Optional;
import java.util.function.UnaryOperator;

/** One source of raw values by key, such as the system properties; injected so tests need no real environment. */
@FunctionalInterface
public interface Lookup {

    Optional<String> find(String key);

    /** Adapts the platform's getters, which answer {@code null} for a missing key. */
    static Lookup ofNullable(UnaryOperator<String> getter) {
        return key -> Optional.ofNullable(getter.apply(key));
    }

    static Lookup none() {
        return key -> Optional.empty();
    }
}
