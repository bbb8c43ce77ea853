package reel.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads options one by one, keeping the effective value of each and every problem found on the way. */
final class SettingsReader {

    private final Settings settings;
    private final List<String> effective = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    SettingsReader(Settings settings) {
        this.settings = settings;
    }

    /** The configured value, or the default when unset or (with a problem noted) not allowed. */
    <T> T value(Option<T> option) {
        Optional<Setting> setting = settings.find(option.name());
        if (setting.isEmpty()) {
            effective.add(option.name() + "=" + option.show().apply(option.defaultValue()) + " (default)");
            return option.defaultValue();
        }
        Optional<T> value = option.read(setting.get().value());
        if (value.isEmpty()) {
            String written = option.isSecret() ? "not allowed" : "\"" + setting.get().value() + "\"";
            problems.add("reel cannot start: the " + setting.get().origin() + " is " + written + "; allowed: "
                    + option.allowed() + ".");
            return option.defaultValue();
        }
        effective.add(option.name() + "=" + option.show().apply(value.get()) + " (from " + setting.get().origin() + ")");
        return value.get();
    }

    List<String> effective() {
        return List.copyOf(effective);
    }

    List<String> problems() {
        return List.copyOf(problems);
    }
}
