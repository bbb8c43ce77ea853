package reel.config;

import java.util.Objects;
import java.util.Optional;

/**
 * A name that looks meant for reel but is no setting, so reel ignores its value.
 *
 * @param key the name as given, such as {@code reel.maxranges}
 * @param closest the generic name of the setting it most likely means, such as {@code max-ranges}
 */
public record UnknownSetting(Source source, String key, Optional<String> closest) {

    public UnknownSetting {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(closest, "closest");
    }

    /**
     * One sentence for the startup log, suggesting the setting in the spelling of the same source:
     * {@code reel ignores the system property reel.maxranges: it is not a setting; did you mean reel.max-ranges?}
     */
    public String message() {
        String ignored = "reel ignores the " + source.describeKey(key) + ": it is not a setting";
        return closest.map(name -> ignored + "; did you mean " + source.key(name) + "?").orElse(ignored + ".");
    }
}
