package reel.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SettingsTest {

    /** An absent cell is an unset key; '' is a key set to the empty string. */
    @ParameterizedTest(name = "property={0} env={1} context={2} -> {3} from {4}")
    @CsvSource(delimiter = '|', nullValues = "unset", textBlock = """
            # precedence: system property, then environment variable, then context parameter
            /p     | /e      | /c      | /p     | SYSTEM_PROPERTY
            unset  | /e      | /c      | /e     | ENVIRONMENT_VARIABLE
            unset  | unset   | /c      | /c     | CONTEXT_PARAMETER
            /p     | unset   | /c      | /p     | SYSTEM_PROPERTY
            /p     | unset   | unset   | /p     | SYSTEM_PROPERTY
            # empty and blank values count as not set, so web.xml's empty context-param is not a setting
            ''     | /e      | /c      | /e     | ENVIRONMENT_VARIABLE
            ''     | ''      | /c      | /c     | CONTEXT_PARAMETER
            '  '   | ' '     | /c      | /c     | CONTEXT_PARAMETER
            ''     | ''      | ''      | unset  | unset
            unset  | unset   | unset   | unset  | unset
            # surrounding white space from XML or a shell is not part of the value
            ' /p ' | unset   | unset   | /p     | SYSTEM_PROPERTY
            """)
    void firstNonBlankValueWins(String property, String environment, String context, String expectedValue,
            String expectedSource) {
        Settings settings = new Settings(only("reel.media.dir", property), only("REEL_MEDIA_DIR", environment),
                only("reel.media.dir", context));

        Optional<Setting> setting = settings.find("media.dir");

        assertEquals(Optional.ofNullable(expectedValue), setting.map(Setting::value));
        assertEquals(Optional.ofNullable(expectedSource).map(Source::valueOf), setting.map(Setting::source));
    }

    @ParameterizedTest(name = "{0} is {1} as {2}")
    @CsvSource(delimiter = '|', textBlock = """
            media.dir     | SYSTEM_PROPERTY       | system property reel.media.dir
            media.dir     | ENVIRONMENT_VARIABLE  | environment variable REEL_MEDIA_DIR
            media.dir     | CONTEXT_PARAMETER     | context parameter reel.media.dir
            cache-size    | ENVIRONMENT_VARIABLE  | environment variable REEL_CACHE_SIZE
            """)
    void eachSourceSpellsTheNameItsOwnWay(String name, Source source, String expected) {
        assertEquals(expected, source.describe(name));
    }

    @Test
    void aSettingNamesItsOrigin() {
        Settings settings = new Settings(Lookup.none(), Lookup.of(Map.of("REEL_MEDIA_DIR", "/srv/v")), Lookup.none());

        assertEquals("environment variable REEL_MEDIA_DIR", settings.find("media.dir").orElseThrow().origin());
    }

    @Test
    void waysToSetNamesAllThreeInOrder() {
        assertEquals("the system property reel.media.dir, the environment variable REEL_MEDIA_DIR"
                + " or the context parameter reel.media.dir", Settings.waysToSet("media.dir"));
    }

    @Test
    void keysAreEverySourcesNamesWhetherSettingsOrNot() {
        Settings settings = new Settings(Lookup.of(Map.of("reel.maxranges", "4", "java.home", "/jdk")),
                Lookup.none(), Lookup.of(Map.of("reel.media.dir", "")));

        assertEquals(Map.of(Source.SYSTEM_PROPERTY, Set.of("reel.maxranges", "java.home"),
                Source.ENVIRONMENT_VARIABLE, Set.of(), Source.CONTEXT_PARAMETER, Set.of("reel.media.dir")),
                settings.keys());
    }

    /** A lookup that knows one key, set to {@code value}, or nothing when value is null. */
    private static Lookup only(String key, String value) {
        return value == null ? Lookup.none() : Lookup.of(Map.of(key, value));
    }
}
