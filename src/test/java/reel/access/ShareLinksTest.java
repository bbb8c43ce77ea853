package reel.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import reel.config.ShareSecret;

class ShareLinksTest {

    static final ShareSecret SECRET = ShareSecret.parse("q3T0nX9pWm2cVb7LrYs5Hd8KfJa1Ez4GuQo6Ni0Rt2w").orElseThrow();
    private static final ShareSecret OTHER_SECRET = ShareSecret.parse("Zq3T0nX9pWm2cVb7LrYs5Hd8KfJa1Ez4GuQo6Ni0Rt2").orElseThrow();
    private static final ShareLinks LINKS = new ShareLinks(SECRET, Duration.ofDays(7));
    private static final String FILE = "/Shorts/Spelled Offsets.mp4";
    /** When the link was made; it lasts a day. */
    private static final Instant MADE = Instant.ofEpochSecond(1_800_000_000L);
    private static final Instant EXPIRY = MADE.plus(Duration.ofDays(1));
    private static final String TOKEN = LINKS.sign(FILE, EXPIRY);

    @ParameterizedTest(name = "{0}s from expiry -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # valid until the second before it expires
            -86400 | VALID
            -1     | VALID
            # from the expiry on
            0      | EXPIRED
            1      | EXPIRED
            31536000 | EXPIRED
            """)
    void expiryBoundaries(long secondsFromExpiry, ShareVerdict expected) {
        assertEquals(expected, LINKS.verify(FILE, TOKEN, EXPIRY.plusSeconds(secondsFromExpiry)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # another file, or the same file spelled otherwise, with the same token
            /Shorts/Other.mp4              | FORGED
            /Shorts/Spelled Offsets.MP4    | FORGED
            //Shorts/Spelled Offsets.mp4   | FORGED
            /Shorts/Spelled Offsets.mp4/   | FORGED
            /Shorts/Spelled Offsets.en.srt | FORGED
            /Shorts                        | FORGED
            ''                             | FORGED
            # the file it was made for
            /Shorts/Spelled Offsets.mp4    | VALID
            """)
    void aTokenIsForOneFile(String path, ShareVerdict expected) {
        assertEquals(expected, LINKS.verify(path, TOKEN, MADE));
    }

    @Test
    void eachFieldAlteredIsForged() {
        String expiry = TOKEN.substring(0, TOKEN.indexOf('.'));
        String signature = TOKEN.substring(TOKEN.indexOf('.') + 1);

        assertEquals(ShareVerdict.FORGED, LINKS.verify(FILE, (Long.parseLong(expiry) + 1) + "." + signature, MADE),
                "a later expiry");
        assertEquals(ShareVerdict.FORGED, LINKS.verify(FILE, (Long.parseLong(expiry) - 1) + "." + signature, MADE),
                "an earlier expiry");
        assertEquals(ShareVerdict.MALFORMED, LINKS.verify(FILE, "0" + expiry + "." + signature, MADE),
                "the same expiry spelled with a leading zero: one spelling per token");
        for (int i = 0; i < signature.length(); i++) {
            char altered = signature.charAt(i) == 'A' ? 'B' : 'A';
            String token = expiry + "." + signature.substring(0, i) + altered + signature.substring(i + 1);
            assertEquals(ShareVerdict.FORGED, LINKS.verify(FILE, token, MADE), token);
        }
    }

    @Test
    void anotherSecretForges() {
        ShareLinks otherNode = new ShareLinks(OTHER_SECRET, Duration.ofDays(7));

        assertEquals(ShareVerdict.FORGED, otherNode.verify(FILE, TOKEN, MADE));
        assertNotEquals(TOKEN, otherNode.sign(FILE, EXPIRY));
    }

    @Test
    void everyNodeWithTheSameSecretAgrees() {
        ShareLinks otherNode = new ShareLinks(ShareSecret.parse("q3T0nX9pWm2cVb7LrYs5Hd8KfJa1Ez4GuQo6Ni0Rt2w").orElseThrow(),
                Duration.ofDays(7));

        assertEquals(ShareVerdict.VALID, otherNode.verify(FILE, TOKEN, MADE));
        assertEquals(TOKEN, otherNode.sign(FILE, EXPIRY));
    }

    @Test
    void aLinkLongerThanMaxAgeAllowsNowIsRefused() {
        ShareLinks lowered = new ShareLinks(SECRET, Duration.ofHours(1));

        assertEquals(ShareVerdict.TOO_LONG, lowered.verify(FILE, TOKEN, MADE));
        assertEquals(ShareVerdict.VALID, lowered.verify(FILE, TOKEN, EXPIRY.minus(Duration.ofHours(1))));
    }

    @ParameterizedTest(name = "[{0}] -> MALFORMED")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            ''
            .
            1800086400
            1800086400.
            .AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
            +1800086400.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
            -1800086400.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
            1800086400.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
            1800086400.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
            1800086400.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=
            1800086400.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+
            1800086400.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/
            1800086400 .AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
            0.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
            99999999999999999999.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
            1800086400.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.1
            """)
    void malformed(String token) {
        assertEquals(ShareVerdict.MALFORMED, LINKS.verify(FILE, token, MADE));
    }

    @Test
    void theTokenNamesItsExpiryInEpochSeconds() {
        assertEquals(EXPIRY, ShareLinks.expiry(TOKEN));
        assertEquals(String.valueOf(EXPIRY.getEpochSecond()), TOKEN.substring(0, TOKEN.indexOf('.')));
    }
}
