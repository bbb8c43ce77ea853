package reel.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The library over a real tree built for each test, with links out of it, hidden entries and names
 * that need care. The tree (folders end in "/", "->" is a symbolic link):
 * <pre>
 * Test Pattern.mp4, Test Pattern.vtt, 100%.mp4, a b#?+;.mp4, &lt;script&gt;.mp4, Part 1..2.mp4,
 * ..something.mp4, .hidden.mp4, notes.txt, .git/config, Ürlaub/Strand.mp4,
 * Shorts/{Ep 10.mp4, Ep 2.mp4, ep 1.webm, notes.txt, .hidden.mp4, Extras/, Behind 2/, Behind 10/},
 * alias.mp4 -> Test Pattern.mp4, inside -> Shorts/, escape.mp4 -> outside/secret.mp4,
 * escape -> outside/, broken.mp4 -> missing
 * </pre>
 */
class MediaLibraryTest {

    private static final Instant MODIFIED = Instant.parse("2024-05-01T10:00:00Z");

    /** Holds both the library and a folder beside it, so JUnit's cleanup never follows a link out of its own folder. */
    @TempDir
    Path base;
    private Path root;
    private Path outside;

    private MediaLibrary library;

    @BeforeEach
    void buildTree() throws IOException {
        root = Files.createDirectory(base.resolve("library"));
        outside = Files.createDirectory(base.resolve("outside"));
        for (String file : List.of("Test Pattern.mp4", "Test Pattern.vtt", "100%.mp4", "a b#?+;.mp4", "<script>.mp4",
                "Part 1..2.mp4", "..something.mp4", ".hidden.mp4", "notes.txt", ".git/config", "Ürlaub/Strand.mp4",
                "Shorts/Ep 10.mp4", "Shorts/Ep 2.mp4", "Shorts/ep 1.webm", "Shorts/notes.txt", "Shorts/.hidden.mp4")) {
            write(root.resolve(file), "0123456789");
        }
        for (String folder : List.of("Shorts/Extras", "Shorts/Behind 2", "Shorts/Behind 10")) {
            Files.createDirectories(root.resolve(folder));
        }
        write(outside.resolve("secret.mp4"), "secret");
        Files.createSymbolicLink(root.resolve("alias.mp4"), root.resolve("Test Pattern.mp4"));
        Files.createSymbolicLink(root.resolve("inside"), root.resolve("Shorts"));
        Files.createSymbolicLink(root.resolve("escape.mp4"), outside.resolve("secret.mp4"));
        Files.createSymbolicLink(root.resolve("escape"), outside);
        Files.createSymbolicLink(root.resolve("broken.mp4"), root.resolve("missing"));
        Files.createSymbolicLink(root.resolve("visible.mp4"), root.resolve(".hidden.mp4"));
        Files.createSymbolicLink(root.resolve("gitlink"), root.resolve(".git"));
        Files.createSymbolicLink(root.resolve("Shorts/deep.mp4"), root.resolve("Shorts/.hidden.mp4"));
        library = new MediaLibrary(root);
    }

    @ParameterizedTest(name = "finds \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            /Test Pattern.mp4
            /Test Pattern.vtt
            /Shorts/Ep 2.mp4
            /Shorts/notes.txt
            /100%.mp4
            /a b#?+;.mp4
            /<script>.mp4
            /Part 1..2.mp4
            /Ürlaub/Strand.mp4
            # links that stay inside the library
            /alias.mp4
            /inside/Ep 2.mp4
            # the container always starts path info with a slash; without one it is the same path
            Test Pattern.mp4
            """)
    void findsFilesInside(String path) {
        Optional<MediaFile> file = library.find(path);

        assertTrue(file.isPresent(), path);
        assertTrue(file.get().path().startsWith(library.root()));
        assertEquals(10, file.get().size());
    }

    @ParameterizedTest(name = "refuses \"{0}\" ({1})")
    @CsvSource(delimiter = '|', textBlock = """
            ''                          | empty
            /                           | the root is a folder
            /Shorts                     | a folder is not a file
            /Shorts/                    | a folder is not a file
            /Test Pattern.mp4/          | trailing slash
            /missing.mp4                | does not exist
            /broken.mp4                 | link to nothing
            # out of the root
            /../etc/passwd              | parent segment
            /..                         | parent segment
            /Shorts/../Test Pattern.mp4 | parent segment, even one that stays inside
            /a/../../x                  | parent segments
            /./Test Pattern.mp4         | dot segment
            //etc/passwd                | empty segment, absolute-looking
            /Shorts//Ep 2.mp4           | empty segment
            \\..\\x                     | backslashes
            /Shorts\\Ep 2.mp4           | backslash
            /C:/x                       | Windows drive
            /C:\\Windows\\win.ini       | Windows drive
            /escape.mp4                 | file link out of the root
            /escape/secret.mp4          | folder link out of the root
            # encoded forms are names, not instructions: the container already decoded once
            /%2e%2e/x                   | literal percent signs, does not exist
            /..%2fetc%2fpasswd          | hidden, literal percent signs
            /%2e%2e%2fTest Pattern.mp4  | literal percent signs, does not exist
            /Test%20Pattern.mp4         | literal percent signs, does not exist
            # hidden
            /.hidden.mp4                | hidden file
            /Shorts/.hidden.mp4         | hidden file in a folder
            /.git/config                | hidden folder
            /..something.mp4            | starts with a dot
            # links with plain names to hidden places
            /visible.mp4                | link to a hidden file
            /gitlink/config             | link to a hidden folder
            /Shorts/deep.mp4            | link to a hidden file in a folder
            """)
    void refusesHostileAndMissingPaths(String path, String reason) {
        assertEquals(Optional.empty(), library.find(path), reason);
    }

    @Test
    void refusesNullAndNul() {
        assertEquals(Optional.empty(), library.find(null));
        assertEquals(Optional.empty(), library.find("/Test Pattern.mp4\0"));
        assertEquals(Optional.empty(), library.find("/a\0/../Test Pattern.mp4"));
    }

    @Test
    void anAbsolutePathIsReadAsInsideTheRoot() {
        assertEquals(Optional.empty(), library.find(outside.resolve("secret.mp4").toString()));
        assertEquals(Optional.empty(), library.find(root.resolve("Test Pattern.mp4").toString()));
    }

    @Test
    void describesTheFileItFinds() throws IOException {
        Files.setLastModifiedTime(root.resolve("Shorts/ep 1.webm"), FileTime.from(MODIFIED));

        MediaFile file = library.find("/Shorts/ep 1.webm").orElseThrow();

        assertEquals(new MediaFile(root.toRealPath().resolve("Shorts/ep 1.webm"),
                LibraryPath.parse("/Shorts/ep 1.webm").orElseThrow(), "ep 1.webm", 10, MODIFIED, "video/webm"), file);
    }

    @Test
    void keepsTheRealPathOfTheRoot() throws IOException {
        Path link = outside.resolve("library-link");
        Files.createSymbolicLink(link, root);

        MediaLibrary throughLink = new MediaLibrary(link);

        assertEquals(root.toRealPath(), throughLink.root());
        assertTrue(throughLink.find("/Test Pattern.mp4").isPresent());
        assertEquals(Optional.empty(), throughLink.find("/escape.mp4"));
    }

    @Test
    void refusesAFileItCannotRead() throws IOException {
        Path secret = root.resolve("Shorts/locked.mp4");
        write(secret, "locked");
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(secret), "this user reads every file (root)");

        assertEquals(Optional.empty(), library.find("/Shorts/locked.mp4"));
        assertTrue(library.list("/Shorts/").orElseThrow().videos().stream().noneMatch(v -> v.name().equals("locked.mp4")));
    }

    static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
