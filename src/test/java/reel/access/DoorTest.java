package reel.access;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import reel.config.Access;

class DoorTest {

    private static final Door SIGN_IN_OFF = new Door(Access.OPEN);
    private static final Door VIEWERS_ONLY = new Door(new Access(Optional.of("reel-viewer")));

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
}
