package reel.media;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import reel.config.FolderRoles;
import reel.stream.RecordedLog;

/**
 * The kept folders where they really are, on a real tree: a rule spelled through a link, in another case,
 * below a link for a folder not made yet, on a link to the whole library, on a link to another kept folder.
 * Each place is asked as reel asks, by its real path ({@code T2/HR/pay.mp4}) for a user without the role.
 */
class KeptFoldersTest {

    @TempDir
    Path root;

    @BeforeEach
    void tree() throws IOException {
        Files.createDirectories(root.resolve("T2/HR"));
        Files.createDirectories(root.resolve("L2"));
        Files.createDirectories(root.resolve("Board"));
        Files.createDirectories(root.resolve("Public"));
        Files.createSymbolicLink(root.resolve("Training"), Path.of("T2"));
        Files.createSymbolicLink(root.resolve("Later"), Path.of("L2"));
        Files.createSymbolicLink(root.resolve("Everything"), Path.of("."));
        Files.createSymbolicLink(root.resolve("Alias"), Path.of("Board"));
    }

    @ParameterizedTest(name = "rule {0}: {1} kept from a user without its role -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # through a link on the rule's path, and the same in another case than the folders'
            Training/HR:hr     | T2/HR/pay.mp4    | true
            training/hr:hr     | T2/HR/pay.mp4    | true
            TRAINING/hr:hr     | Training/HR/a.mp4 | true
            Training/HR:hr     | T2/Safety.mp4    | false
            # below a link, a folder not made yet: kept where it will be
            Later/New:hr       | L2/New/n.mp4     | true
            Later/New:hr       | L2/Other.mp4     | false
            # where the rule says, and a rule for a folder nowhere
            Board:board        | Board/m.mp4      | true
            Nowhere/X:hr       | Public/a.mp4     | false
            """)
    void aRuleKeepsItsFolderWhereverItReallyIs(String rules, String realPlace, boolean kept) {
        KeptFolders folders = new KeptFolders(FolderRoles.parse(rules).orElseThrow(), Optional.of(realRoot()),
                Clock.systemUTC());

        assertEquals(!kept, folders.current().mayEnter(List.of(realPlace.split("/")), role -> false));
    }

    @Test
    void aLinkOrFolderMadeWhileReelRunsCountsAtTheNextLookUp() throws IOException {
        MovingClock clock = new MovingClock();
        KeptFolders folders = new KeptFolders(FolderRoles.parse("Media/HR:hr").orElseThrow(), Optional.of(realRoot()), clock);
        assertEquals(true, folders.current().mayEnter(List.of("M2", "HR", "a.mp4"), role -> false), "no Media yet");

        Files.createDirectories(root.resolve("M2/HR"));
        Files.createSymbolicLink(root.resolve("Media"), Path.of("M2"));
        assertEquals(true, folders.current().mayEnter(List.of("M2", "HR", "a.mp4"), role -> false), "looked up 0 s ago");
        clock.now = clock.now.plus(KeptFolders.REFRESH);

        assertEquals(false, folders.current().mayEnter(List.of("M2", "HR", "a.mp4"), role -> false));
    }

    /** A rule on a link to the whole library cannot keep the library: it says so once, and keeps its own paths. */
    @Test
    void aRuleOnALinkToTheWholeLibraryIsAWarning() {
        try (RecordedLog log = RecordedLog.of(KeptFolders.class)) {
            KeptFolders folders = new KeptFolders(FolderRoles.parse("Everything:admins").orElseThrow(),
                    Optional.of(realRoot()), new MovingClock());

            assertEquals(true, folders.current().mayEnter(List.of("Public", "a.mp4"), role -> false));
            assertEquals(false, folders.current().mayEnter(List.of("Everything", "Public", "a.mp4"), role -> false));
            assertEquals(List.of("WARNING reel access.folders: Everything is the whole media folder (a link to it); the"
                    + " rule keeps only the paths through that link, not the library"), log.messagesAtOrAbove(Level.WARNING));
        }
    }

    /** Alias is a link to Board: Board now also needs Alias's role, which the log says, since it narrows Board. */
    @Test
    void aRuleOnALinkToAnotherKeptFolderNarrowsItWithAWarning() {
        try (RecordedLog log = RecordedLog.of(KeptFolders.class)) {
            KeptFolders folders = new KeptFolders(FolderRoles.parse("Board:board-members;Alias:aliases").orElseThrow(),
                    Optional.of(realRoot()), new MovingClock());

            assertEquals(false, folders.current().mayEnter(List.of("Board", "m.mp4"), Set.of("board-members")::contains));
            assertEquals(true, folders.current().mayEnter(List.of("Board", "m.mp4"),
                    Set.of("board-members", "aliases")::contains));
            assertEquals(List.of("WARNING reel access.folders: Board:aliases really lies in Board:board-members, so a place"
                    + " there needs a role of each"), log.messagesAtOrAbove(Level.WARNING));
            assertEquals(List.of("INFO reel access.folders, also where the folders really are:"
                    + " Board:board-members;Alias:aliases;Board:aliases"), log.messagesAtOrAbove(Level.INFO).stream()
                    .filter(message -> message.startsWith("INFO")).toList());
        }
    }

    private Path realRoot() {
        try {
            return root.toRealPath();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class MovingClock extends Clock {
        Instant now = Instant.parse("2026-12-01T00:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
