package reel.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FolderRolesTest {

    private static final FolderRoles ROLES = FolderRoles.parse("Board:board-members;Training/HR:hr,hr-leads").orElseThrow();

    @ParameterizedTest(name = "{0} with roles [{1}] -> {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # places under no rule are everyone's
            Talk.mp4                    | -                  | true
            Training                    | -                  | true
            Training/Safety.mp4         | -                  | true
            Boardroom/a.mp4             | -                  | true
            Training/HR2/a.mp4          | -                  | true
            # under a rule: one of its roles opens it, and everything below it
            Board                       | board-members      | true
            Board/2024/Minutes.mp4      | board-members      | true
            Training/HR/Onboarding.mp4  | hr-leads           | true
            Training/HR/Onboarding.mp4  | hr board-members   | true
            # and nothing else does
            Board                       | -                  | false
            Board/Minutes.mp4           | hr                 | false
            Board/Minutes.srt           | reel-viewer        | false
            Training/HR                 | board-members      | false
            Training/HR/a/b/c.mp4       | -                  | false
            # spelt otherwise, as a case-insensitive file system would still find it
            board/Minutes.mp4           | -                  | false
            BOARD                       | -                  | false
            training/hr/a.mp4           | -                  | false
            """)
    void mayEnter(String place, String roles, boolean expected) {
        Set<String> held = roles == null ? Set.of() : Set.of(roles.split(" "));

        assertEquals(expected, ROLES.mayEnter(List.of(place.split("/")), held::contains));
    }

    /** A folder under two rules needs one role of each: the deeper rule narrows, it does not open. */
    @ParameterizedTest(name = "{0} with roles [{1}] -> {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Board/Minutes.mp4           | board-members          | true
            Board/Audit/Report.mp4      | board-members          | false
            Board/Audit/Report.mp4      | auditors               | false
            Board/Audit/Report.mp4      | board-members auditors | true
            """)
    void aPlaceUnderTwoRulesNeedsARoleOfEach(String place, String roles, boolean expected) {
        FolderRoles nested = FolderRoles.parse("Board:board-members;Board/Audit:auditors").orElseThrow();
        Set<String> held = roles == null ? Set.of() : Set.of(roles.split(" "));

        assertEquals(expected, nested.mayEnter(List.of(place.split("/")), held::contains));
    }

    /** A name typed composed (NFC) and one stored decomposed (NFD, as macOS writes names) are one folder. */
    @org.junit.jupiter.api.Test
    void unicodeFormsOfANameAreOneFolder() {
        FolderRoles composed = FolderRoles.parse("Caf\u00e9:staff").orElseThrow();
        FolderRoles decomposed = FolderRoles.parse("Cafe\u0301:staff").orElseThrow();

        assertEquals(false, composed.mayEnter(List.of("Cafe\u0301", "a.mp4"), role -> false));
        assertEquals(false, decomposed.mayEnter(List.of("Caf\u00e9", "a.mp4"), role -> false));
        assertEquals(true, composed.mayEnter(List.of("Cafe", "a.mp4"), role -> false), "another folder");
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Board:board-members                        | Board:board-members
            ' Board : board-members ; Training/HR:hr ' | Board:board-members;Training/HR:hr
            Training/HR:hr-leads,hr                    | Training/HR:hr,hr-leads
            Café Crème:cafés                           | Café Crème:cafés
            Board:Board Members, Video Viewers         | Board:Board Members,Video Viewers
            """)
    void parsesAndShowsRules(String text, String shown) {
        assertEquals(shown, FolderRoles.parse(text).orElseThrow().show());
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @CsvSource(delimiter = '|', textBlock = """
            Board
            Board:
            :board-members
            Board:board  members
            Board:a,,b
            Board::x
            Board:x;
            /Board:x
            Board/:x
            .hidden:x
            Training/../Board:x
            Training//HR:x
            'Board:x;;Training:y'
            """)
    void refusesAnythingElse(String text) {
        assertEquals(Optional.empty(), FolderRoles.parse(text));
    }

    /** Training is a link to T2: the rule for Training/HR also covers T2/HR, where those videos really are. */
    @ParameterizedTest(name = "{0} with roles [{1}] -> {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Training/HR/pay.mp4 | -  | false
            T2/HR/pay.mp4       | -  | false
            t2/hr/pay.mp4       | -  | false
            T2/HR/pay.mp4       | hr | true
            T2/Safety.mp4       | -  | true
            Board/Minutes.mp4   | -  | false
            """)
    void aRuleAlsoCoversWhereItsFolderReallyIs(String place, String roles, boolean expected) {
        FolderRoles resolved = ROLES.alsoWhereFoldersReallyAre(folder -> List.of(
                folder.get(0).equals("Training") ? List.of("T2", folder.get(1)) : folder));
        Set<String> held = roles == null ? Set.of() : Set.of(roles.split(" "));

        assertEquals(expected, resolved.mayEnter(List.of(place.split("/")), held::contains));
    }

    @org.junit.jupiter.api.Test
    void aRuleWhoseFolderIsWhereItSaysOrNowhereStaysOne() {
        assertEquals(ROLES, ROLES.alsoWhereFoldersReallyAre(List::of));
        assertEquals(ROLES, ROLES.alsoWhereFoldersReallyAre(folder -> List.of()));
        assertEquals(ROLES, ROLES.alsoWhereFoldersReallyAre(folder -> List.of(folder.stream()
                .map(name -> name.toUpperCase(java.util.Locale.ROOT)).toList())),
                "a case-insensitive file system's spelling of the same folder is the same rule");
    }

    @org.junit.jupiter.api.Test
    void noRulesOpenEverything() {
        assertEquals(true, FolderRoles.NONE.mayEnter(List.of("Board"), role -> false));
        assertEquals("none", FolderRoles.NONE.show());
    }
}
