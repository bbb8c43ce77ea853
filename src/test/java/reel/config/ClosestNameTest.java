package reel.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClosestNameTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            # the same letters, whatever the case and the separators
            maxranges             | max-ranges
            MAX_RANGES            | max-ranges
            cache-max-age         | cache.max-age
            async.time-out        | async.timeout
            # slips: a letter missing, added, changed, or two swapped
            max-range             | max-ranges
            max-streamss          | max-streams
            sendfiel              | sendfile
            helth.allow           | health.allow
            metrics.enable        | metrics.enabled
            media.dr              | media.dir
            # two slips
            sndfil                | sendfile
            mx-rangs              | max-ranges
            sendfi                | sendfile
            # three slips are too many
            mx-rngs               | none
            sendf                 | none
            mediadirectory        | none
            # the first word of exactly one setting
            media.folder          | media.dir
            MEDIA_PATH            | media.dir
            bandwidth             | bandwidth.cap
            bandwidth.limit       | bandwidth.cap
            sendfile.enabled      | sendfile
            # the first word of two settings
            max                   | none
            max.connections       | none
            health                | none
            cache                 | none
            metrics.port          | none
            # nothing like a setting
            http.port             | none
            war.dir               | none
            timeout               | none
            ''                    | none
            """)
    void suggestsTheOneSettingThatFits(String typed, String expected) {
        assertEquals(Optional.ofNullable(expected), ClosestName.among(UnknownSettings.SETTINGS, typed));
    }

    @ParameterizedTest(name = "{0} to {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            maxranges  | maxranges  | 0
            maxrange   | maxranges  | 1
            sendfiel   | sendfile   | 1
            sndfil     | sendfile   | 2
            ''         | sendfile   | 8
            mediadir   | maxranges  | 7
            """)
    void slipsCountInsertionsDeletionsChangesAndSwaps(String typed, String name, int slips) {
        assertEquals(slips, ClosestName.slips(typed, name));
    }
}
