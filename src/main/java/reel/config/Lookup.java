package reel.config;

import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * One source of raw values by key, such as the system properties, which can also list its keys so that
 * a misspelt setting can be pointed out. Injected so tests need no real environment:
 * {@code Lookup.of(Map.of("reel.max-ranges", "4"))}.
 */
public interface Lookup {

    Optional<String> find(String key);

    /** Every key this source has now, setting or not. */
    Set<String> keys();

    /** Reads a platform source when asked: a getter that answers {@code null} for a missing key, and its keys. */
    static Lookup of(UnaryOperator<String> getter, Supplier<? extends Collection<String>> keys) {
        Objects.requireNonNull(getter, "getter");
        Objects.requireNonNull(keys, "keys");
        return new Lookup() {
            @Override
            public Optional<String> find(String key) {
                return Optional.ofNullable(getter.apply(key));
            }

            @Override
            public Set<String> keys() {
                return Set.copyOf(keys.get());
            }
        };
    }

    static Lookup of(Map<String, String> values) {
        Map<String, String> copy = Map.copyOf(values);
        return of(copy::get, copy::keySet);
    }

    static Lookup systemProperties() {
        return of(System::getProperty, () -> System.getProperties().stringPropertyNames());
    }

    static Lookup environment() {
        return of(System::getenv, () -> System.getenv().keySet());
    }

    static Lookup none() {
        return of(Map.of());
    }
}
