package reel.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MediaCachingTest {

    private static final EntityTag CURRENT = new EntityTag("2710-663212a0", false);

    @ParameterizedTest(name = "max-age {0}, s-maxage {1}, ?v={2} -> {3}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            # the URL names the file's current version: it can never change
            PT1H | none  | 2710-663212a0  | public, max-age=31536000, immutable
            PT0S | PT24H | 2710-663212a0  | public, max-age=31536000, immutable
            # no version, or one the file no longer has: the configured lifetimes
            PT1H | none  | none           | max-age=3600
            PT1H | none  | 2710-66321200  | max-age=3600
            PT1H | none  | ''             | max-age=3600
            PT0S | none  | none           | no-cache
            PT1H | PT24H | none           | max-age=3600, s-maxage=86400
            PT0S | PT10M | 2710-1         | max-age=0, s-maxage=600
            """)
    void choosesTheLifetimes(Duration maxAge, Duration sharedMaxAge, String version, String expected) {
        MediaCaching caching = new MediaCaching(maxAge, Optional.ofNullable(sharedMaxAge));

        assertEquals(expected, caching.cacheControl(Optional.ofNullable(version), CURRENT));
    }
}
