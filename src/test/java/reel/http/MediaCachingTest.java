package reel.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MediaCachingTest {

    private static final EntityTag CURRENT = new EntityTag("2710-663212a0", false);

    /** An open library: the fields reel has always sent, unchanged. */
    @ParameterizedTest(name = "anyone: max-age {0}, s-maxage {1}, ?v={2} -> {3}")
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
    void choosesTheLifetimesForAnyone(Duration maxAge, Duration sharedMaxAge, String version, String expected) {
        MediaCaching caching = new MediaCaching(maxAge, Optional.ofNullable(sharedMaxAge));

        assertEquals(expected, caching.cacheControl(Optional.ofNullable(version), CURRENT, Audience.ANYONE));
    }

    /**
     * Sign-in, folder roles or a share link: the visitor's browser keeps what it would keep in an open library,
     * and no shared cache keeps anything, whatever cache.shared-max-age says.
     */
    @ParameterizedTest(name = "restricted: max-age {0}, s-maxage {1}, ?v={2} -> {3}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            # the current version: the browser keeps it for good
            PT1H | none  | 2710-663212a0  | private, max-age=31536000, immutable
            PT0S | PT24H | 2710-663212a0  | private, max-age=31536000, immutable
            # no version, or an old one: the browsers' lifetime alone
            PT1H | none  | none           | private, max-age=3600
            PT1H | none  | 2710-66321200  | private, max-age=3600
            PT1H | none  | ''             | private, max-age=3600
            PT0S | none  | none           | private, no-cache
            PT1H | PT24H | none           | private, max-age=3600
            PT0S | PT10M | 2710-1         | private, no-cache
            """)
    void choosesTheBrowsersLifetimeOnlyForARestrictedAudience(Duration maxAge, Duration sharedMaxAge, String version,
            String expected) {
        MediaCaching caching = new MediaCaching(maxAge, Optional.ofNullable(sharedMaxAge));

        String cacheControl = caching.cacheControl(Optional.ofNullable(version), CURRENT, Audience.RESTRICTED);

        assertEquals(expected, cacheControl);
        assertTrue(cacheControl.startsWith("private, "), cacheControl);
        assertFalse(cacheControl.contains("public") || cacheControl.contains("s-maxage"), cacheControl);
    }
}
