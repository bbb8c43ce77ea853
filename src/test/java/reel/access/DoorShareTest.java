package reel.access;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import reel.config.Access;
import reel.config.FolderRoles;
import reel.config.Sharing;

class DoorShareTest {

    private static final Instant NOW = Instant.ofEpochSecond(1_800_000_000L);
    private static final Sharing SHARING = new Sharing(Optional.of(ShareLinksTest.SECRET), Optional.empty(),
            Duration.ofDays(7));
    private static final Door DOOR = new Door(new Access(Optional.of("reel-viewer"),
            FolderRoles.parse("Board:board-members").orElseThrow(), SHARING));
    private static final Door SHARING_OFF = new Door(new Access(Optional.of("reel-viewer")));
    private static final ShareLinks LINKS = DOOR.shareLinks().orElseThrow();
    /** A link to Board's minutes, made by a member, for a day. */
    private static final String MINUTES = LINKS.sign("/Board/Minutes.mp4", NOW.plus(Duration.ofDays(1)));
    private static final String EXPIRED = LINKS.sign("/Board/Minutes.mp4", NOW);
    private static final String SUBTITLES = LINKS.sign("/Board/Minutes.en.srt", NOW.plus(Duration.ofDays(1)));

    @ParameterizedTest(name = "{0} with {1} by {2} -> {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # the file it was made for, by anyone, whatever their roles: page, bytes, download
            /watch/Board/Minutes.mp4        | MINUTES   | -   | -           | SHARED
            /video/Board/Minutes.mp4        | MINUTES   | -   | -           | SHARED
            /video/Board/Minutes.mp4        | MINUTES   | ana | reel-viewer | SHARED
            /subtitles/Board/Minutes.en.srt | SUBTITLES | -   | -           | SHARED
            # another file, another place, another spelling of the same file: refused
            /watch/Board/Other.mp4          | MINUTES   | -   | -           | SHARE_INVALID
            /video/Board/Minutes.en.srt     | MINUTES   | -   | -           | SHARE_INVALID
            /subtitles/Board/Minutes.en.srt | MINUTES   | -   | -           | SHARE_INVALID
            /video//Board/Minutes.mp4       | MINUTES   | -   | -           | SHARE_INVALID
            /watch/board/Minutes.mp4        | MINUTES   | -   | -           | SHARE_INVALID
            # expired, altered, malformed
            /watch/Board/Minutes.mp4        | EXPIRED   | -   | -           | SHARE_INVALID
            /watch/Board/Minutes.mp4        | ALTERED   | -   | -           | SHARE_INVALID
            /watch/Board/Minutes.mp4        | ''        | -   | -           | SHARE_INVALID
            /watch/Board/Minutes.mp4        | nonsense  | ana | reel-viewer | SHARE_INVALID
            # a URL a link does not open: the token is ignored, and the usual rules apply
            /browse/Board/                  | MINUTES   | -   | -           | SIGN_IN
            /                               | MINUTES   | -   | -           | SIGN_IN
            /search                         | MINUTES   | ana | reel-viewer | ADMIT
            /share                          | MINUTES   | -   | -           | SIGN_IN
            /static/reel.css                | MINUTES   | -   | -           | OPEN
            # no token: as before
            /watch/Board/Minutes.mp4        | -         | -   | -           | SIGN_IN
            /watch/Board/Minutes.mp4        | -         | ana | reel-viewer | HIDDEN_PAGE
            """)
    void aShareLinkOpensItsOneFile(String path, String token, String user, String roles, Admission expected) {
        Set<String> held = roles == null ? Set.of() : Set.of(roles.split(" "));

        assertEquals(expected, DOOR.admit(path, Optional.ofNullable(token).map(DoorShareTest::token),
                Optional.ofNullable(user), held::contains, NOW));
    }

    @ParameterizedTest(name = "{0} with sharing off -> SHARE_INVALID")
    @CsvSource({"/watch/Board/Minutes.mp4", "/video/Board/Minutes.mp4"})
    void withSharingOffNoLinkHolds(String path) {
        assertEquals(Admission.SHARE_INVALID, SHARING_OFF.admit(path, Optional.of(MINUTES), Optional.empty(),
                role -> false, NOW));
    }

    /** What the servlets take a request past the door to be: one let in by its token, and nothing more. */
    @ParameterizedTest(name = "{0}?share={1}, sharing {2} -> {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            /watch/Board/Minutes.mp4        | anything | on  | true
            /video/Board/Minutes.mp4        | anything | on  | true
            /subtitles/Board/Minutes.en.srt | anything | on  | true
            /watch/Board/Minutes.mp4        | -        | on  | false
            /watch/Board/Minutes.mp4        | anything | off | false
            /watch                          | anything | on  | false
            /browse/Board/                  | anything | on  | false
            /search                         | anything | on  | false
            """)
    void aRequestLetInByItsToken(String path, String share, String sharing, boolean expected) {
        Door door = sharing.equals("on") ? DOOR : SHARING_OFF;

        assertEquals(expected, door.letInByToken(path, Optional.ofNullable(share)));
    }

    private static String token(String name) {
        return switch (name) {
            case "MINUTES" -> MINUTES;
            case "EXPIRED" -> EXPIRED;
            case "SUBTITLES" -> SUBTITLES;
            case "ALTERED" -> MINUTES.substring(0, MINUTES.length() - 1) + (MINUTES.endsWith("A") ? "B" : "A");
            default -> name;
        };
    }
}
