package reel.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnknownSettingsTest {

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # a slip in a setting's name, answered in the spelling of the source it came from
            SYSTEM_PROPERTY      | reel.max-range       | reel ignores the system property reel.max-range: it is not a setting; did you mean reel.max-ranges?
            SYSTEM_PROPERTY      | reel.maxranges       | reel ignores the system property reel.maxranges: it is not a setting; did you mean reel.max-ranges?
            CONTEXT_PARAMETER    | reel.cache.maxage    | reel ignores the context parameter reel.cache.maxage: it is not a setting; did you mean reel.cache.max-age?
            ENVIRONMENT_VARIABLE | REEL_MAXRANGES       | reel ignores the environment variable REEL_MAXRANGES: it is not a setting; did you mean REEL_MAX_RANGES?
            ENVIRONMENT_VARIABLE | REEL_MEDIA_DIRS      | reel ignores the environment variable REEL_MEDIA_DIRS: it is not a setting; did you mean REEL_MEDIA_DIR?
            # one source's spelling given to another
            SYSTEM_PROPERTY      | REEL_MAX_RANGES      | reel ignores the system property REEL_MAX_RANGES: it is not a setting; did you mean reel.max-ranges?
            SYSTEM_PROPERTY      | reel.media_dir       | reel ignores the system property reel.media_dir: it is not a setting; did you mean reel.media.dir?
            ENVIRONMENT_VARIABLE | reel.max-ranges      | reel ignores the environment variable reel.max-ranges: it is not a setting; did you mean REEL_MAX_RANGES?
            ENVIRONMENT_VARIABLE | reel_sendfile        | reel ignores the environment variable reel_sendfile: it is not a setting; did you mean REEL_SENDFILE?
            CONTEXT_PARAMETER    | Reel.Health.Allow    | reel ignores the context parameter Reel.Health.Allow: it is not a setting; did you mean reel.health.allow?
            # another word after a setting's first word
            CONTEXT_PARAMETER    | reel.media.folder    | reel ignores the context parameter reel.media.folder: it is not a setting; did you mean reel.media.dir?
            SYSTEM_PROPERTY      | reel.sendfile.enabled | reel ignores the system property reel.sendfile.enabled: it is not a setting; did you mean reel.sendfile?
            # nothing close enough, or more than one setting as close
            SYSTEM_PROPERTY      | reel.http.port       | reel ignores the system property reel.http.port: it is not a setting.
            ENVIRONMENT_VARIABLE | REEL_HOME            | reel ignores the environment variable REEL_HOME: it is not a setting.
            SYSTEM_PROPERTY      | reel.max             | reel ignores the system property reel.max: it is not a setting.
            SYSTEM_PROPERTY      | reel.                | reel ignores the system property reel.: it is not a setting.
            # the build's names are the build's only as system properties
            CONTEXT_PARAMETER    | reel.war.dir         | reel ignores the context parameter reel.war.dir: it is not a setting.
            """)
    void aNameMeantForReelThatIsNoSettingIsPointedOut(Source source, String key, String message) {
        List<UnknownSetting> unknown = UnknownSettings.find(Map.of(source, Set.of(key)));

        assertEquals(List.of(message), unknown.stream().map(UnknownSetting::message).toList());
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # settings, each in its source's spelling
            SYSTEM_PROPERTY      | reel.max-ranges
            SYSTEM_PROPERTY      | reel.media.dir
            ENVIRONMENT_VARIABLE | REEL_MEDIA_DIR
            ENVIRONMENT_VARIABLE | REEL_CACHE_MAX_AGE
            CONTEXT_PARAMETER    | reel.media.dir
            CONTEXT_PARAMETER    | reel.metrics.allow
            # not meant for reel
            SYSTEM_PROPERTY      | java.home
            SYSTEM_PROPERTY      | reelection.date
            SYSTEM_PROPERTY      | reel
            ENVIRONMENT_VARIABLE | PATH
            ENVIRONMENT_VARIABLE | REELS
            CONTEXT_PARAMETER    | org.apache.tomcat.websocket.textBufferSize
            # what reel's build gives the JVM of its integration tests (pom.xml, README)
            SYSTEM_PROPERTY      | reel.war
            SYSTEM_PROPERTY      | reel.war.dir
            SYSTEM_PROPERTY      | reel.sample.media
            SYSTEM_PROPERTY      | reel.deploy.dir
            SYSTEM_PROPERTY      | reel.deploy.tomcats
            SYSTEM_PROPERTY      | reel.chromium
            SYSTEM_PROPERTY      | reel.chromedriver
            """)
    void aSettingOrANameNotMeantForReelPassesQuietly(Source source, String key) {
        assertEquals(List.of(), UnknownSettings.find(Map.of(source, Set.of(key))));
    }

    @Test
    void oneEntryPerNameInTheOrderOfTheSourcesThenOfTheNames() {
        List<UnknownSetting> unknown = UnknownSettings.find(Map.of(
                Source.CONTEXT_PARAMETER, Set.of("reel.media.dir", "reel.sendfiles"),
                Source.ENVIRONMENT_VARIABLE, Set.of("PATH", "REEL_SENDFILES", "REEL_BANDWIDTH"),
                Source.SYSTEM_PROPERTY, Set.of("reel.zzz", "reel.async.timeouts", "reel.war")));

        assertEquals(List.of("system property reel.async.timeouts", "system property reel.zzz",
                "environment variable REEL_BANDWIDTH", "environment variable REEL_SENDFILES",
                "context parameter reel.sendfiles"),
                unknown.stream().map(entry -> entry.source().describeKey(entry.key())).toList());
    }

    @Test
    void everySettingIsKnown() {
        assertEquals(List.of("media.dir", "async.timeout", "cache.max-age", "cache.shared-max-age", "max-ranges", "bandwidth.cap", "sendfile",
                "max-streams", "health.enabled", "health.allow", "metrics.enabled", "metrics.allow", "drain.file", "access.role",
                "access.folders", "share.secret", "share.role", "share.max-age"),
                UnknownSettings.SETTINGS);
    }
}
