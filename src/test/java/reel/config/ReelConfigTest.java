package reel.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReelConfigTest {

    @Test
    void nothingSetGivesTheDefaults() {
        ReelConfig config = ReelConfig.defaults();

        assertEquals(Duration.ofHours(2), config.asyncTimeout());
        assertEquals(Duration.ofHours(1), config.cacheMaxAge());
        assertEquals(16, config.maxRanges());
        assertEquals(0, config.bandwidthCap());
        assertEquals(false, config.isBandwidthCapped());
        assertEquals(false, config.sendfile());
        assertEquals(new MaxStreams.Auto(), config.maxStreams());
        assertEquals(true, config.health().enabled());
        assertEquals(EndpointAccess.LOOPBACK, config.metrics().allow().pattern());
        assertEquals(Access.OPEN, config.access(), "unset, everyone may watch, as before sign-in existed");
    }

    /** Each row sets one context parameter and reads back the one field it controls. */
    @ParameterizedTest(name = "reel.{0}={1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            async.timeout    | 90s       | PT1M30S
            async.timeout    | PT4H      | PT4H
            cache.max-age    | 0         | PT0S
            cache.max-age    | 7d        | PT168H
            max-ranges       | 1         | 1
            max-ranges       | 1000      | 1000
            bandwidth.cap    | 2M        | 2097152
            bandwidth.cap    | 0         | 0
            bandwidth.cap    | 8G        | 8589934592
            sendfile         | true      | true
            max-streams      | auto      | Auto[]
            max-streams      | AUTO      | Auto[]
            max-streams      | 1         | Fixed[streams=1]
            max-streams      | 1000000   | Fixed[streams=1000000]
            health.enabled   | false     | false
            metrics.allow    | .*        | .*
            drain.file       | /var/run/reel/drain | Optional[/var/run/reel/drain]
            cache.shared-max-age | 1d    | Optional[PT24H]
            drain.file       | /var/run/../drain   | Optional[/var/drain]
            access.role      | reel-viewer         | Optional[reel-viewer]
            access.role      | Zuschauer.Ä_1       | Optional[Zuschauer.Ä_1]
            access.role      | Video Viewers       | Optional[Video Viewers]
            access.folders   | Board:board-members;Training/HR:hr | Board:board-members;Training/HR:hr
            share.role       | reel-sharer         | Optional[reel-sharer]
            share.max-age    | 1h                  | PT1H
            share.max-age    | 30d                 | PT720H
            """)
    void anAllowedValueIsUsed(String name, String value, String expected) {
        ReelConfig config = valid(Map.of("reel." + name, value)).config();

        Map<String, Object> fields = Map.ofEntries(Map.entry("async.timeout", config.asyncTimeout()),
                Map.entry("cache.max-age", config.cacheMaxAge()), Map.entry("max-ranges", config.maxRanges()),
                Map.entry("bandwidth.cap", config.bandwidthCap()), Map.entry("sendfile", config.sendfile()),
                Map.entry("max-streams", config.maxStreams()), Map.entry("health.enabled", config.health().enabled()),
                Map.entry("metrics.allow", config.metrics().allow().pattern()), Map.entry("drain.file", config.drainFile()),
                Map.entry("cache.shared-max-age", config.cacheSharedMaxAge()), Map.entry("access.role", config.access().role()),
                Map.entry("access.folders", config.access().folders().show()),
                Map.entry("share.role", config.access().sharing().role()),
                Map.entry("share.max-age", config.access().sharing().maxAge()));
        assertEquals(expected, fields.get(name).toString());
    }

    @ParameterizedTest(name = "reel.{0}={1} is refused")
    @CsvSource(delimiter = '|', textBlock = """
            async.timeout    | 0         | a duration of at least 1s, such as 90s, 30m, 2h or PT2H
            async.timeout    | 500ms     | a duration of at least 1s, such as 90s, 30m, 2h or PT2H
            async.timeout    | forever   | a duration of at least 1s, such as 90s, 30m, 2h or PT2H
            cache.max-age    | -1        | a duration from 0 (revalidate every time) to 68 years, such as 0, 10m, 1h, 7d or PT1H
            cache.max-age    | 100000d   | a duration from 0 (revalidate every time) to 68 years, such as 0, 10m, 1h, 7d or PT1H
            max-ranges       | 0         | a whole number from 1 to 1000
            max-ranges       | 1001      | a whole number from 1 to 1000
            max-ranges       | many      | a whole number from 1 to 1000
            bandwidth.cap    | 2MB       | bytes per second per stream, 0 for no cap, with an optional k, M or G (times 1024, 1024², 1024³), such as 0, 500k or 2M, at most 8G
            bandwidth.cap    | 9G        | bytes per second per stream, 0 for no cap, with an optional k, M or G (times 1024, 1024², 1024³), such as 0, 500k or 2M, at most 8G
            sendfile         | yes       | true or false
            max-streams      | 0         | auto, or a whole number of streams from 1 to 1000000
            max-streams      | 1000001   | auto, or a whole number of streams from 1 to 1000000
            max-streams      | -5        | auto, or a whole number of streams from 1 to 1000000
            max-streams      | automatic | auto, or a whole number of streams from 1 to 1000000
            metrics.enabled  | off       | true or false
            drain.file       | drain     | an absolute path, such as /var/run/reel/drain
            cache.shared-max-age | soon  | a duration from 0 to 68 years, such as 0, 10m, 1d or PT24H
            access.role      | 'a  b'    | a role name (letters, digits, . _ - and single spaces between words), such as reel-viewer
            access.role      | 'a,b'     | a role name (letters, digits, . _ - and single spaces between words), such as reel-viewer
            access.role      | hr:board  | a role name (letters, digits, . _ - and single spaces between words), such as reel-viewer
            access.folders   | Board     | folder:role rules separated by ;, a folder's names separated by / and its roles by , such as Board:board-members;Training/HR:hr,hr-leads
            share.role       | 'a  b'    | a role name (letters, digits, . _ - and single spaces between words), such as reel-sharer
            share.max-age    | 59m       | a duration from 1h to 30d, such as 1d, 7d or PT72H
            share.max-age    | 31d       | a duration from 1h to 30d, such as 1d, 7d or PT72H
            health.allow     | [         | 'a Java regular expression matching the whole remote address, such as 127\\.0\\.0\\.1|10\\..* or .* for everyone'
            """)
    void aValueThatIsNotAllowedIsOneProblemNamingSettingValueAndWhatIsAllowed(String name, String value,
            String allowed) {
        ConfigResult result = ReelConfig.read(settings(Map.of("reel." + name, value)));

        assertEquals(List.of("reel cannot start: the context parameter reel." + name + " is \"" + value
                + "\"; allowed: " + allowed + "."), assertInstanceOf(ConfigResult.Invalid.class, result).problems());
    }

    /** 43 characters: 32 random bytes in Base64 without padding. */
    static final String SECRET = "q3T0nX9pWm2cVb7LrYs5Hd8KfJa1Ez4GuQo6Ni0Rt2w";

    @Test
    void aShareSecretTurnsSharingOnAndIsNeverShown() {
        ConfigResult.Valid valid = valid(Map.of("reel.share.secret", SECRET));

        assertEquals(true, valid.config().access().sharing().isEnabled());
        assertEquals("share.secret=(set) (from context parameter reel.share.secret)", valid.effective().get(14));
        assertEquals(false, String.join(" ", valid.effective()).contains(SECRET));
        assertEquals("(set)", valid.config().access().sharing().secret().orElseThrow().toString());
        assertEquals(false, ReelConfig.defaults().access().sharing().isEnabled(), "unset, sharing is off");
    }

    @ParameterizedTest(name = "share.secret of {0} characters is refused without repeating it")
    @CsvSource(delimiter = '|', textBlock = """
            short-and-guessable
            YOUR-OWN-SECRET
            q3T0nX9pWm2cVb7LrYs5Hd8KfJa1Ez4GuQo6Ni0Rt2
            'q3T0nX9pWm2cVb7LrYs5Hd8 fJa1Ez4GuQo6Ni0Rt2w'
            """)
    void aShareSecretThatIsTooShortIsOneProblemThatDoesNotRepeatIt(String secret) {
        ConfigResult result = ReelConfig.read(settings(Map.of("reel.share.secret", secret)));

        assertEquals(List.of("reel cannot start: the context parameter reel.share.secret is not allowed; allowed: at"
                + " least 43 characters without spaces, such as the output of openssl rand -base64 32."),
                assertInstanceOf(ConfigResult.Invalid.class, result).problems());
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        ConfigResult result = ReelConfig.read(settings(Map.of("reel.max-ranges", "0", "reel.sendfile", "yes")));

        assertEquals(2, assertInstanceOf(ConfigResult.Invalid.class, result).problems().size());
    }

    @Test
    void theEffectiveConfigurationNamesEachValueAndItsOrigin() {
        Settings settings = new Settings(Lookup.of(Map.of("reel.max-ranges", "4")),
                Lookup.of(Map.of("REEL_BANDWIDTH_CAP", "500k")), Lookup.none());

        List<String> effective = assertInstanceOf(ConfigResult.Valid.class, ReelConfig.read(settings)).effective();

        assertEquals(ReelConfig.OPTIONS.size(), effective.size());
        assertEquals("max-ranges=4 (from system property reel.max-ranges)", effective.get(2));
        assertEquals("bandwidth.cap=512000 (from environment variable REEL_BANDWIDTH_CAP)", effective.get(3));
        assertEquals("sendfile=false (default)", effective.get(4));
    }

    private static ConfigResult.Valid valid(Map<String, String> contextParameters) {
        return assertInstanceOf(ConfigResult.Valid.class, ReelConfig.read(settings(contextParameters)));
    }

    private static Settings settings(Map<String, String> contextParameters) {
        return new Settings(Lookup.none(), Lookup.none(), Lookup.of(contextParameters));
    }
}
