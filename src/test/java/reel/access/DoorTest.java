package reel.access;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import reel.config.Access;
import reel.config.FolderRoles;

class DoorTest {

    private static final Door SIGN_IN_OFF = new Door(Access.OPEN);
    private static final Door VIEWERS_ONLY = new Door(new Access(Optional.of("reel-viewer")));
    private static final Door BOARD_FOR_MEMBERS = new Door(new Access(Optional.of("reel-viewer"),
            FolderRoles.parse("Board:board-members").orElseThrow()));
    private static final Door BOARD_WITHOUT_SIGN_IN = new Door(new Access(Optional.empty(),
            FolderRoles.parse("Board:board-members").orElseThrow()));

    @ParameterizedTest(name = "{0} by {1} with roles [{2}] -> {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # the URLs that guard themselves or hold nothing of the library
            /health                 | -      | -                  | OPEN
            /metrics                | -      | -                  | OPEN
            /static/reel.css        | -      | -                  | OPEN
            /static/reel.js         | outsider | -                | OPEN
            # nobody signed in: the container asks
            /                       | -      | -                  | SIGN_IN
            /browse/Shorts/         | -      | -                  | SIGN_IN
            /watch/a.mp4            | -      | -                  | SIGN_IN
            /video/a.mp4            | -      | -                  | SIGN_IN
            /subtitles/a.srt        | -      | -                  | SIGN_IN
            /search                 | -      | -                  | SIGN_IN
            /sign-out               | -      | -                  | SIGN_IN
            /healthz                | -      | -                  | SIGN_IN
            /static                 | -      | -                  | SIGN_IN
            /metrics/x              | -      | -                  | SIGN_IN
            # signed in
            /                       | ana    | reel-viewer        | ADMIT
            /video/a.mp4            | ana    | reel-viewer hr     | ADMIT
            /                       | bob    | -                  | FORBIDDEN
            /video/a.mp4            | bob    | hr                 | FORBIDDEN
            /video/a.mp4            | bob    | REEL-VIEWER        | FORBIDDEN
            """)
    void underAccessRole(String path, String user, String roles, Admission expected) {
        Set<String> held = roles == null ? Set.of() : Set.of(roles.split(" "));

        assertEquals(expected, VIEWERS_ONLY.admit(path, Optional.ofNullable(user), held::contains));
    }

    @ParameterizedTest(name = "{0} -> OPEN")
    @CsvSource({"/", "/video/a.mp4", "/sign-out", "/health"})
    void withoutAccessRoleEveryoneComesIn(String path) {
        assertEquals(Admission.OPEN, SIGN_IN_OFF.admit(path, Optional.empty(), role -> false));
    }

    /** Nothing set, reel is as before share links: a {@code share} parameter, however spelled, means nothing. */
    @ParameterizedTest(name = "{0}?share={1} -> OPEN")
    @CsvSource(delimiter = '|', textBlock = """
            /watch/a.mp4     | anything
            /video/a.mp4     | 1800000000.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
            /subtitles/a.srt | ''
            """)
    void withNothingSetAShareParameterMeansNothing(String path, String token) {
        assertEquals(Admission.OPEN, SIGN_IN_OFF.admit(path, Optional.of(token), Optional.empty(), role -> false,
                java.time.Instant.parse("2026-12-01T00:00:00Z")));
    }

    @ParameterizedTest(name = "{0} by {1} with roles [{2}] -> {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # every URL under the folder, for a viewer without its role: as if it did not exist
            /browse/Board/               | ana | reel-viewer               | HIDDEN_PAGE
            /browse/board/               | ana | reel-viewer               | HIDDEN_PAGE
            /browse/Board/2024/          | ana | reel-viewer               | HIDDEN_PAGE
            /watch/Board/Minutes.mp4     | ana | reel-viewer               | HIDDEN_PAGE
            /video/Board/Minutes.mp4     | ana | reel-viewer               | HIDDEN_FILE
            /video//Board/Minutes.mp4    | ana | reel-viewer               | HIDDEN_FILE
            /subtitles/Board/Minutes.srt | ana | reel-viewer               | HIDDEN_FILE
            # a folder without its slash is redirected whether it exists or not, so nothing tells them apart
            /browse/Board                | ana | reel-viewer               | ADMIT
            # everywhere else, and for a member, as before
            /browse/Boardroom/           | ana | reel-viewer               | ADMIT
            /                            | ana | reel-viewer               | ADMIT
            /video/Board/Minutes.mp4     | carla | reel-viewer board-members | ADMIT
            # sign-in comes first: nobody learns what is hidden before signing in
            /video/Board/Minutes.mp4     | -   | -                         | SIGN_IN
            /video/Board/Minutes.mp4     | bob | board-members             | FORBIDDEN
            """)
    void foldersPerRole(String path, String user, String roles, Admission expected) {
        Set<String> held = roles == null ? Set.of() : Set.of(roles.split(" "));

        assertEquals(expected, BOARD_FOR_MEMBERS.admit(path, Optional.ofNullable(user), held::contains));
    }

    @org.junit.jupiter.api.Test
    void withoutSignInARestrictedFolderIsHiddenFromEveryone() {
        assertEquals(Admission.HIDDEN_FILE, BOARD_WITHOUT_SIGN_IN.admit("/video/Board/a.mp4", Optional.empty(), r -> false));
        assertEquals(Admission.OPEN, BOARD_WITHOUT_SIGN_IN.admit("/video/a.mp4", Optional.empty(), r -> false));
    }
}
