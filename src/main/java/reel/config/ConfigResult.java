package reel.config;

import java.util.List;
import java.util.Objects;

/** The outcome of reading the settings at startup: a configuration to run with, or why there is none. */
public sealed interface ConfigResult permits ConfigResult.Valid, ConfigResult.Invalid {

    /** @param effective one entry per option, {@code name=value (from origin)}, for the startup log */
    record Valid(ReelConfig config, List<String> effective) implements ConfigResult {
        public Valid {
            Objects.requireNonNull(config, "config");
            effective = List.copyOf(effective);
        }
    }

    /** @param problems one complete sentence per setting that is not allowed, naming setting, value and what is allowed */
    record Invalid(List<String> problems) implements ConfigResult {
        public Invalid {
            problems = List.copyOf(problems);
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("an invalid configuration names at least one problem");
            }
        }
    }
}
