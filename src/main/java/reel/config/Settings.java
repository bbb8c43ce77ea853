package reel.config;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * reel's settings, looked up in the order of {@link Source}: system property, then environment
 * variable, then context parameter. A blank value counts as not set, so web.xml can declare a
 * context parameter with an empty value that ops fill in from Tomcat's context file.
 *
 * <pre>{@code
 * Settings settings = new Settings(Lookup.systemProperties(), Lookup.environment(),
 *         Lookup.of(context::getInitParameter, () -> Collections.list(context.getInitParameterNames())));
 * Optional<Setting> mediaDir = settings.find("media.dir");
 * }</pre>
 */
public final class Settings {

    private final Map<Source, Lookup> lookups = new EnumMap<>(Source.class);

    public Settings(Lookup systemProperties, Lookup environment, Lookup contextParameters) {
        lookups.put(Source.SYSTEM_PROPERTY, systemProperties);
        lookups.put(Source.ENVIRONMENT_VARIABLE, environment);
        lookups.put(Source.CONTEXT_PARAMETER, contextParameters);
    }

    /** The first non-blank value in precedence order, stripped of surrounding white space. */
    public Optional<Setting> find(String name) {
        for (Source source : Source.values()) {
            Optional<String> value = lookups.get(source).find(source.key(name))
                    // XML and shell quoting easily leave spaces or a newline around a value.
                    .map(String::strip)
                    .filter(text -> !text.isEmpty());
            if (value.isPresent()) {
                return Optional.of(new Setting(name, value.get(), source));
            }
        }
        return Optional.empty();
    }

    /** The keys each source has, settings or not, for {@link UnknownSettings}. */
    public Map<Source, Set<String>> keys() {
        Map<Source, Set<String>> keys = new EnumMap<>(Source.class);
        lookups.forEach((source, lookup) -> keys.put(source, lookup.keys()));
        return Collections.unmodifiableMap(keys);
    }

    /** Every way to set a setting, for a message telling someone how to fix it. */
    public static String waysToSet(String name) {
        return "the " + Source.SYSTEM_PROPERTY.describe(name)
                + ", the " + Source.ENVIRONMENT_VARIABLE.describe(name)
                + " or the " + Source.CONTEXT_PARAMETER.describe(name);
    }
}
