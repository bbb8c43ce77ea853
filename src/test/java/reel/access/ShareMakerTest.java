package reel.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ShareMakerTest {

    private static final Instant NOW = Instant.ofEpochSecond(1_800_000_000L, 500_000_000);
    private static final ShareLinks LINKS = new ShareLinks(ShareLinksTest.SECRET, Duration.ofDays(7));
    private static final ShareMaker MAKER = new ShareMaker(Optional.of(LINKS), Duration.ofDays(7));
    private static final String ORIGIN = "http://127.0.0.1:8080";

    @ParameterizedTest(name = "origin {0}, user {1}, may share {2}, path {3}, for {4} -> {5}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # made
            http://127.0.0.1:8080 | ana | true  | /Shorts/a.mp4  | 3600    | Made
            http://127.0.0.1:8080 | ana | true  | /Shorts/a.mp4  | 604800  | Made
            # from another site: nothing else is looked at
            https://evil.example  | ana | true  | /Shorts/a.mp4  | 3600    | CrossSite
            -                     | ana | true  | /Shorts/a.mp4  | 3600    | CrossSite
            https://evil.example  | -   | false | -              | -       | CrossSite
            # who may share
            http://127.0.0.1:8080 | -   | false | /Shorts/a.mp4  | 3600    | NotAllowed
            http://127.0.0.1:8080 | bob | false | /Shorts/a.mp4  | 3600    | NotAllowed
            # what
            http://127.0.0.1:8080 | ana | true  | /Board/m.mp4   | 3600    | NoSuchVideo
            http://127.0.0.1:8080 | ana | true  | -              | 3600    | NoSuchVideo
            # how long
            http://127.0.0.1:8080 | ana | true  | /Shorts/a.mp4  | 3599    | BadDuration
            http://127.0.0.1:8080 | ana | true  | /Shorts/a.mp4  | 604801  | BadDuration
            http://127.0.0.1:8080 | ana | true  | /Shorts/a.mp4  | 0       | BadDuration
            http://127.0.0.1:8080 | ana | true  | /Shorts/a.mp4  | -3600   | BadDuration
            http://127.0.0.1:8080 | ana | true  | /Shorts/a.mp4  | 1h      | BadDuration
            http://127.0.0.1:8080 | ana | true  | /Shorts/a.mp4  | 99999999999999999999 | BadDuration
            http://127.0.0.1:8080 | ana | true  | /Shorts/a.mp4  | -       | BadDuration
            """)
    void decides(String origin, String user, boolean mayShare, String path, String seconds, String expected) {
        ShareOutcome outcome = MAKER.decide(request(origin, user, mayShare, path, seconds),
                ShareMakerTest::onlyShortsAreVideos, NOW);

        assertEquals(expected, outcome.getClass().getSimpleName());
    }

    @Test
    void theLinkIsForTheVideoUntilTheChosenTimeFromTheWholeSecond() {
        ShareOutcome.Made made = assertInstanceOf(ShareOutcome.Made.class,
                MAKER.decide(request(ORIGIN, "ana", true, "/Shorts/a.mp4", "86400"), ShareMakerTest::onlyShortsAreVideos, NOW));

        assertEquals(ORIGIN, made.origin());
        assertEquals("/Shorts/a.mp4", made.path());
        assertEquals(Instant.ofEpochSecond(1_800_086_400L), made.expiry());
        assertEquals(ShareVerdict.VALID, LINKS.verify("/Shorts/a.mp4", made.token(), NOW));
        assertEquals(ShareVerdict.EXPIRED, LINKS.verify("/Shorts/a.mp4", made.token(), made.expiry()));
    }

    @Test
    void withSharingOffNothingIsMade() {
        ShareMaker off = new ShareMaker(Optional.empty(), Duration.ofDays(7));

        assertInstanceOf(ShareOutcome.SharingOff.class, off.decide(request(ORIGIN, "ana", true, "/Shorts/a.mp4", "3600"),
                ShareMakerTest::onlyShortsAreVideos, NOW));
        assertInstanceOf(ShareOutcome.SharingOff.class, off.decide(request("https://evil.example", "ana", true,
                "/Shorts/a.mp4", "3600"), ShareMakerTest::onlyShortsAreVideos, NOW), "from anywhere: no such address");
    }

    @Test
    void theFormOffersWhatMaxAgeAllows() {
        assertEquals(List.of(Duration.ofHours(1), Duration.ofDays(1), Duration.ofDays(7)), MAKER.choices());
        assertEquals(List.of(Duration.ofHours(1), Duration.ofDays(1)),
                new ShareMaker(Optional.of(LINKS), Duration.ofDays(2)).choices());
        assertEquals(List.of(Duration.ofHours(1)), new ShareMaker(Optional.of(LINKS), Duration.ofHours(1)).choices());
    }

    private static Optional<String> onlyShortsAreVideos(String path) {
        return Optional.of(path).filter(text -> text.startsWith("/Shorts/"));
    }

    private static ShareRequest request(String origin, String user, boolean mayShare, String path, String seconds) {
        return new ShareRequest(Optional.ofNullable(origin), Optional.empty(), Optional.of("127.0.0.1:8080"),
                Optional.ofNullable(user), mayShare, Optional.ofNullable(path), Optional.ofNullable(seconds));
    }
}
