package reel.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
                System::nanoTime);

        assertEquals(!kept, folders.current().mayEnter(List.of(realPlace.split("/")), role -> false));
    }

    @Test
    void aLinkOrFolderMadeWhileReelRunsCountsAtTheNextLookUp() throws IOException {
        // An old folder, so that its listing is kept between lookups until its time stamp moves.
        Files.setLastModifiedTime(root, java.nio.file.attribute.FileTime.from(java.time.Instant.now().minusSeconds(3600)));
        long[] nanos = {0};
        KeptFolders folders = new KeptFolders(FolderRoles.parse("Media/HR:hr").orElseThrow(), Optional.of(realRoot()),
                () -> nanos[0]);
        assertEquals(true, folders.current().mayEnter(List.of("M2", "HR", "a.mp4"), role -> false), "no Media yet");

        Files.createDirectories(root.resolve("M2/HR"));
        Files.createSymbolicLink(root.resolve("Media"), Path.of("M2"));
        assertEquals(true, folders.current().mayEnter(List.of("M2", "HR", "a.mp4"), role -> false), "looked up 0 s ago");
        nanos[0] += KeptFolders.REFRESH.toNanos();

        assertEquals(false, folders.current().mayEnter(List.of("M2", "HR", "a.mp4"), role -> false));
    }

    /** A rule on a link to the whole library cannot keep the library: it says so once, and keeps its own paths. */
    @Test
    void aRuleOnALinkToTheWholeLibraryIsAWarning() {
        try (RecordedLog log = RecordedLog.of(KeptFolders.class)) {
            KeptFolders folders = new KeptFolders(FolderRoles.parse("Everything:admins").orElseThrow(),
                    Optional.of(realRoot()), () -> 0L);

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
                    Optional.of(realRoot()), () -> 0L);

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

    /**
     * Training -> T3 (no HR yet) beside training -> T2 (with HR) on a case-sensitive file system: both ways are
     * kept, T3/HR before it is made, and the log says the rule matches two folders.
     */
    @Test
    void everyFolderANameInAnotherCaseLeadsToIsKept() throws IOException {
        Files.delete(root.resolve("Training"));
        Files.createDirectories(root.resolve("T3"));
        Files.createSymbolicLink(root.resolve("Training"), Path.of("T3"));
        Files.createSymbolicLink(root.resolve("training"), Path.of("T2"));
        try (RecordedLog log = RecordedLog.of(KeptFolders.class)) {
            FolderRoles kept = new KeptFolders(FolderRoles.parse("Training/HR:hr").orElseThrow(), Optional.of(realRoot()),
                    () -> 0L).current();

            assertEquals(false, kept.mayEnter(List.of("T2", "HR", "pay.mp4"), role -> false));
            assertEquals(false, kept.mayEnter(List.of("T3", "HR", "pay.mp4"), role -> false));
            assertEquals(List.of("WARNING reel access.folders: Training matches 2 folders whose names differ only in case;"
                    + " the rule keeps every one"), log.messagesAtOrAbove(Level.WARNING));
        }
    }

    /** A folder on the way that cannot be listed (traverse-only) is followed by the name as written; it fails closed. */
    @Test
    void aFolderThatCannotBeListedIsFollowedByTheNameAsWritten() throws IOException {
        Files.createDirectories(root.resolve("Secret"));
        Files.delete(root.resolve("T2/HR"));
        Files.createSymbolicLink(root.resolve("T2/HR"), Path.of("../Secret"));
        Files.setPosixFilePermissions(root.resolve("T2"), java.nio.file.attribute.PosixFilePermissions.fromString("--x--x--x"));
        try {
            assumeFalse(Files.isReadable(root.resolve("T2")), "this user lists every folder (root)");
            FolderRoles kept = new KeptFolders(FolderRoles.parse("Training/HR:hr").orElseThrow(), Optional.of(realRoot()),
                    () -> 0L).current();

            assertEquals(false, kept.mayEnter(List.of("Secret", "pay.mp4"), role -> false));
        } finally {
            Files.setPosixFilePermissions(root.resolve("T2"), java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        }
    }
}
