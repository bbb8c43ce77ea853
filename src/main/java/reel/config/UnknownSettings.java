package reel.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The names in reel's sources that look meant for reel but are no setting, such as {@code reel.maxranges}:
 * without a word about them reel would run on the default and the operator would not know why. A name
 * looks meant for reel when it starts with {@code reel} and a {@code .}, {@code _} or {@code -}, in any
 * case and in any source, so that {@code -DREEL_MAX_RANGES=4} (the environment's spelling given as a
 * system property) is caught too.
 *
 * <pre>{@code
 * for (UnknownSetting unknown : UnknownSettings.find(settings.keys())) {
 *     LOG.warning(unknown.message());
 * }
 * }</pre>
 */
public final class UnknownSettings {

    /** The generic name of every setting: the media folder's, then each option's. */
    static final List<String> SETTINGS = Stream.concat(Stream.of(ReelConfig.MEDIA_DIR),
            ReelConfig.OPTIONS.stream().map(Option::name)).toList();

    /**
     * System properties of reel's build, not settings: pom.xml gives them to the JVM of the integration
     * tests, where reel starts in an embedded Tomcat, and the README's {@code -Dreel.chromium} and
     * {@code -Dreel.chromedriver} reach it from the mvn command line. A Tomcat an operator runs has none.
     */
    static final Set<String> BUILD_PROPERTIES = Set.of("reel.war", "reel.war.dir", "reel.sample.media",
            "reel.deploy.dir", "reel.deploy.tomcats", "reel.chromium", "reel.chromedriver");

    private static final String SEPARATORS = "._-";
    private static final int PREFIX_LENGTH = "reel.".length();

    private UnknownSettings() {
    }

    /** Every unknown name, by source in order of precedence, then by name; each with the setting it likely means. */
    public static List<UnknownSetting> find(Map<Source, Set<String>> keys) {
        List<UnknownSetting> unknown = new ArrayList<>();
        for (Source source : Source.values()) {
            keys.getOrDefault(source, Set.of()).stream()
                    .filter(key -> isUnknown(source, key))
                    .sorted()
                    .map(key -> new UnknownSetting(source, key,
                            ClosestName.among(SETTINGS, key.substring(PREFIX_LENGTH))))
                    .forEach(unknown::add);
        }
        return List.copyOf(unknown);
    }

    static boolean looksMeantForReel(String key) {
        return key.length() >= PREFIX_LENGTH && key.regionMatches(true, 0, "reel", 0, PREFIX_LENGTH - 1)
                && SEPARATORS.indexOf(key.charAt(PREFIX_LENGTH - 1)) >= 0;
    }

    private static boolean isUnknown(Source source, String key) {
        return looksMeantForReel(key)
                && SETTINGS.stream().noneMatch(name -> source.key(name).equals(key))
                && !(source == Source.SYSTEM_PROPERTY && BUILD_PROPERTIES.contains(key));
    }
}
