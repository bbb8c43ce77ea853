package reel.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LibraryPathTest {

    @ParameterizedTest(name = "file path \"{0}\" -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ''                   | /
            /                    | /
            /a.mp4               | /a.mp4
            a.mp4                | /a.mp4
            /Shorts/a b.mp4      | /Shorts/a b.mp4
            /100%.mp4            | /100%.mp4
            /Part 1..2.mp4       | /Part 1..2.mp4
            /Star Wars: IV.mp4   | /Star Wars: IV.mp4
            # refused
            /Shorts/             | refused
            //                   | refused
            //etc/passwd         | refused
            /a//b.mp4            | refused
            /..                  | refused
            /./a.mp4             | refused
            /.hidden.mp4         | refused
            /..something.mp4     | refused
            /a\\b.mp4            | refused
            /a\0.mp4             | refused
            /C:/x                | refused
            /c:x.mp4             | refused
            """)
    void parsesFilePaths(String path, String expected) {
        assertEquals(expected, LibraryPath.parse(path).map(LibraryPath::toString).orElse("refused"));
    }

    @ParameterizedTest(name = "folder path \"{0}\" -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ''             | /
            /              | /
            /Shorts        | /Shorts
            /Shorts/       | /Shorts
            /a/b/          | /a/b
            //             | refused
            ///            | refused
            /Shorts//      | refused
            /../           | refused
            /.git/         | refused
            """)
    void parsesFolderPaths(String path, String expected) {
        assertEquals(expected, LibraryPath.parseFolder(path).map(LibraryPath::toString).orElse("refused"));
    }

    @Test
    void nullIsRefused() {
        assertEquals(Optional.empty(), LibraryPath.parse(null));
        assertEquals(Optional.empty(), LibraryPath.parseFolder(null));
    }

    @Test
    void lineageRunsFromTheRootDown() {
        LibraryPath path = LibraryPath.parse("/a/b/c.mp4").orElseThrow();

        assertEquals(List.of("/", "/a", "/a/b", "/a/b/c.mp4"), path.lineage().stream().map(LibraryPath::toString).toList());
        assertEquals(Optional.of("c.mp4"), path.name());
        assertEquals(Optional.of("/a/b"), path.parent().map(LibraryPath::toString));
    }

    @Test
    void rootHasNoNameAndNoParent() {
        assertTrue(LibraryPath.ROOT.isRoot());
        assertEquals(Optional.empty(), LibraryPath.ROOT.name());
        assertEquals(Optional.empty(), LibraryPath.ROOT.parent());
    }

    @Test
    void constructorRefusesWhatParseRefuses() {
        assertThrows(IllegalArgumentException.class, () -> new LibraryPath(List.of("..")));
        assertThrows(IllegalArgumentException.class, () -> LibraryPath.ROOT.child("a/b"));
    }
}
