package reel.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AccessTest {

    private static final String SECRET = "q3T0nX9pWm2cVb7LrYs5Hd8KfJa1Ez4GuQo6Ni0Rt2w";

    @ParameterizedTest(name = "role={0} folders={1} sharing={2} -> {3}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            none        | none                | false | ''
            reel-viewer | Board:board-members | true  | ''
            reel-viewer | none                | false | ''
            none        | Board:board-members | false | access.folders
            none        | none                | true  | share.secret
            none        | Board:board-members | true  | access.folders share.secret
            """)
    void cautionsNameTheSettingsThatNeedSignInToDoAnything(String role, String folders, boolean sharing,
            String cautioned) {
        Access access = new Access(Optional.ofNullable(role),
                folders == null ? FolderRoles.NONE : FolderRoles.parse(folders).orElseThrow(),
                sharing ? new Sharing(ShareSecret.parse(SECRET), Optional.empty(), Duration.ofDays(7)) : Sharing.OFF);

        List<String> cautions = access.cautions();

        assertEquals(cautioned.isEmpty() ? List.of() : List.of(cautioned.split(" ")),
                cautions.stream().map(caution -> caution.substring(0, caution.indexOf(' '))).toList());
        cautions.forEach(caution -> assertEquals(false, caution.contains(SECRET), "the secret is never logged"));
    }

    @org.junit.jupiter.api.Test
    void theFoldersCautionNamesTheFoldersItHides() {
        Access access = new Access(Optional.empty(), FolderRoles.parse("Board:board-members").orElseThrow());

        assertEquals(List.of("access.folders is set without access.role: unless Tomcat signs every visitor in by"
                + " itself, nobody holds a role, so Board:board-members is hidden from everyone"), access.cautions());
    }
}
