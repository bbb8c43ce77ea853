package reel.config;

import java.util.Locale;

/**
 * Where a setting can come from, in order of precedence: the first source that has a value wins.
 * Each source spells a setting's name its own way, so {@code media.dir} is the system property
 * {@code reel.media.dir}, the environment variable {@code REEL_MEDIA_DIR} and the context parameter
 * {@code reel.media.dir}.
 */
public enum Source {
    SYSTEM_PROPERTY("system property"),
    ENVIRONMENT_VARIABLE("environment variable"),
    CONTEXT_PARAMETER("context parameter");

    private static final String PREFIX = "reel.";

    private final String kind;

    Source(String kind) {
        this.kind = kind;
    }

    /** The key this source knows a setting by. */
    public String key(String name) {
        if (this == ENVIRONMENT_VARIABLE) {
            // Shells cannot export names with dots or dashes.
            return (PREFIX + name).toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
        }
        return PREFIX + name;
    }

    /** For people reading a log: {@code system property reel.media.dir}. */
    public String describe(String name) {
        return describeKey(key(name));
    }

    /** The same for a key as it was given, setting or not: {@code system property reel.maxranges}. */
    public String describeKey(String key) {
        return kind + " " + key;
    }
}
