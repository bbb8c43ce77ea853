package reel.access;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import reel.config.Access;
import reel.config.FolderRoles;
import reel.config.ShareSecret;
import reel.config.Sharing;
import reel.http.Audience;

class AudiencesTest {

    private static final Sharing SHARING = new Sharing(ShareSecret.parse("s".repeat(ShareSecret.MINIMUM_LENGTH)),
            Optional.empty(), Sharing.DEFAULT_MAX_AGE);
    private static final FolderRoles BOARD = FolderRoles.parse("Board:board-members").orElseThrow();
    /** The deployments of docs/OPERATIONS.md, by what is set. */
    private static final Map<String, Access> SETTINGS = Map.of(
            "nothing", Access.OPEN,
            "role", new Access(Optional.of("reel-viewer")),
            "folders", new Access(Optional.empty(), BOARD),
            "role+folders", new Access(Optional.of("reel-viewer"), BOARD),
            "sharing", new Access(Optional.empty(), FolderRoles.NONE, SHARING),
            "role+sharing", new Access(Optional.of("reel-viewer"), FolderRoles.NONE, SHARING));

    @ParameterizedTest(name = "{0} set, share={1}, user={2} -> {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # an open library: the same answer for everyone who reaches Tomcat
            nothing      | -            | -     | ANYONE
            sharing      | -            | -     | ANYONE
            # settings that judge who asks: every answer, whoever asks and however
            role         | -            | -     | RESTRICTED
            role         | -            | ana   | RESTRICTED
            folders      | -            | -     | RESTRICTED
            role+folders | -            | carla | RESTRICTED
            role+sharing | -            | ana   | RESTRICTED
            # a share token, valid or not, is the permission for this one answer, while sharing is on
            role+sharing | 1767225600.x | -     | RESTRICTED
            sharing      | 1767225600.x | -     | RESTRICTED
            # with nothing set the parameter means nothing, as before share links existed
            nothing      | ''           | -     | ANYONE
            nothing      | 1767225600.x | -     | ANYONE
            # signed in by the container itself, which made its answer private before reel wrote one
            nothing      | -            | ana   | RESTRICTED
            sharing      | -            | ana   | RESTRICTED
            """)
    void restrictedWheneverSomethingJudgesWhoAsks(String settings, String share, String user, Audience expected) {
        Access access = SETTINGS.get(settings);

        assertEquals(expected, Audiences.of(access, Optional.ofNullable(share), Optional.ofNullable(user)));
    }
}
