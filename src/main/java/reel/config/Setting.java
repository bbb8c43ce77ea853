package reel.config;

import java.util.Objects;

/** A setting's value and the source it was taken from; {@code name} is the generic name, e.g. {@code media.dir}. */
public record Setting(String name, String value, Source source) {

    public Setting {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(source, "source");
    }

    /** Where the value came from, for a log line: {@code system property reel.media.dir}. */
    public String origin() {
        return source.describe(name);
    }
}
