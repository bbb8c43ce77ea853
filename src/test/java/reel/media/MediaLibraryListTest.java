package reel.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import reel.http.EntityTag;

/** Folder listings and the player's subtitles, over a tree built for each test. */
class MediaLibraryListTest {

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
        for (String file : List.of("Ep 10.mp4", "Ep 2.mp4", "ep 1.webm", "Ep 3.MKV", "notes.txt", "cover.jpg",
                ".hidden.mp4", "..something.mp4", "Talk.mp4", "Talk.vtt", "Talk.en.vtt", "Talk.pt-BR.vtt",
                "Talk.notes.vtt", "Talk.en.srt", "Talk.de.srt", "Bare.mp4", "Season 10/a.mp4", "Season 2/a.mp4", "season 1/a.mp4",
                ".git/config", "Extras/b.mp4")) {
            MediaLibraryTest.write(root.resolve(file), "0123456789");
        }
        MediaLibraryTest.write(outside.resolve("secret.mp4"), "secret");
        Files.createSymbolicLink(root.resolve("Alias.mp4"), root.resolve("Ep 2.mp4"));
        Files.createSymbolicLink(root.resolve("Inside"), root.resolve("Extras"));
        Files.createSymbolicLink(root.resolve("Escape.mp4"), outside.resolve("secret.mp4"));
        Files.createSymbolicLink(root.resolve("Escape"), outside);
        Files.createSymbolicLink(root.resolve("Broken.mp4"), root.resolve("missing.mp4"));
        Files.createSymbolicLink(root.resolve("Talk.fr.vtt"), outside.resolve("secret.mp4"));
        Files.createSymbolicLink(root.resolve("Visible.mp4"), root.resolve(".hidden.mp4"));
        Files.createSymbolicLink(root.resolve("Gitlink"), root.resolve(".git"));
        Files.createSymbolicLink(root.resolve("Talk.es.vtt"), root.resolve(".git/config"));
        library = new MediaLibrary(root);
    }

    @Test
    void listsFoldersThenVideosInNaturalOrderWithoutHiddenOrEscapingEntries() {
        Folder folder = library.list("/").orElseThrow();

        assertEquals(List.of("Extras", "Inside", "season 1", "Season 2", "Season 10"),
                folder.folders().stream().map(Folder.Subfolder::name).toList());
        assertEquals(List.of("Alias.mp4", "Bare.mp4", "ep 1.webm", "Ep 2.mp4", "Ep 3.MKV", "Ep 10.mp4", "Talk.mp4"),
                folder.videos().stream().map(Folder.VideoFile::name).toList());
    }

    /** The index of the whole library reads folders through this, so it must show exactly what the page shows. */
    @Test
    void aScanShowsWhatTheListShowsWithWhereEachReallyIs() throws IOException {
        for (String path : List.of("/", "/Extras", "/Inside")) {
            Folder folder = library.list(path).orElseThrow();
            FolderScan scan = library.scan(LibraryPath.parseFolder(path).orElseThrow()).orElseThrow();

            assertEquals(folder.folders().stream().map(Folder.Subfolder::name).sorted().toList(),
                    scan.folders().stream().map(FolderScan.Item::name).sorted().toList(), path);
            assertEquals(folder.videos().stream().map(Folder.VideoFile::name).sorted().toList(),
                    scan.videos().stream().map(FolderScan.Item::name).sorted().toList(), path);
        }
        FolderScan top = library.scan(LibraryPath.ROOT).orElseThrow();
        assertEquals(root.toRealPath(), top.directory());
        assertEquals(root.resolve("Extras").toRealPath(), top.folders().stream()
                .filter(item -> item.name().equals("Inside")).findFirst().orElseThrow().real());
        assertEquals(10, top.videos().get(0).size());
    }

    @ParameterizedTest(name = "no scan of \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            /missing
            /Ep 2.mp4
            /Gitlink
            /Escape
            """)
    void noScanOfWhatIsNotAFolderOfTheLibrary(String path) {
        assertEquals(Optional.empty(), library.scan(LibraryPath.parse(path).orElseThrow()));
    }

    @Test
    void describesEachEntry() throws IOException {
        Folder folder = library.list("/").orElseThrow();

        assertEquals(new Folder.Subfolder(LibraryPath.parse("/Season 2").orElseThrow()), folder.folders().get(3));
        Folder.VideoFile video = folder.videos().get(2);
        assertEquals(new Folder.VideoFile(LibraryPath.parse("/ep 1.webm").orElseThrow(), 10, "video/webm",
                VideoFacts.UNKNOWN, EntityTag.of(10, Files.getLastModifiedTime(root.resolve("ep 1.webm")).toInstant())),
                video);
    }

    @ParameterizedTest(name = "lists \"{0}\" as {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ''          | /
            /           | /
            /Extras     | /Extras
            /Extras/    | /Extras
            /Inside/    | /Inside
            """)
    void listsFolders(String path, String expectedPath) {
        assertEquals(expectedPath, library.list(path).map(folder -> folder.path().toString()).orElse("refused"));
    }

    @ParameterizedTest(name = "refuses to list \"{0}\" ({1})")
    @CsvSource(delimiter = '|', textBlock = """
            /Escape/         | link out of the root
            /.git/           | hidden folder
            /Gitlink/        | link to a hidden folder
            //               | empty segment
            ///              | empty segments
            /Extras//        | empty segment
            /../             | parent segment
            /Extras/../      | parent segment
            /./              | dot segment
            /Ep 2.mp4        | a file is not a folder
            /missing/        | does not exist
            \\..\\           | backslashes
            /%2e%2e/         | literal percent signs, does not exist
            """)
    void refusesFolders(String path, String reason) {
        assertEquals(Optional.empty(), library.list(path), reason);
    }

    @Test
    void refusesAFolderItCannotRead() throws IOException {
        Path locked = Files.createDirectories(root.resolve("Locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(locked), "this user reads every folder (root)");

        assertEquals(Optional.empty(), library.list("/Locked/"));
        assertEquals(Optional.empty(), library.list("/").orElseThrow().folders().stream()
                .filter(folder -> folder.name().equals("Locked")).findAny());
    }

    @Test
    void playbackHasSubtitlesOfTheSameNamePlainFirstThenByLanguage() {
        Playback playback = library.playback("/Talk.mp4").orElseThrow();

        assertEquals(List.of("/Talk.vtt und", "/Talk.de.srt de", "/Talk.en.vtt en", "/Talk.en.srt en",
                "/Talk.pt-BR.vtt pt-BR"), playback.subtitles().stream()
                .map(subtitle -> subtitle.path() + " " + subtitle.sourceLanguage()).toList());
        assertEquals(LibraryPath.ROOT, playback.folder());
    }

    @Test
    void playbackWithoutSubtitleFilesHasNone() {
        assertEquals(List.of(), library.playback("/Bare.mp4").orElseThrow().subtitles());
    }

    @ParameterizedTest(name = "no player for \"{0}\" ({1})")
    @CsvSource(delimiter = '|', textBlock = """
            /notes.txt       | not a video
            /Talk.vtt        | not a video
            /Extras          | a folder
            /                | the root
            /Escape.mp4      | link out of the root
            /.hidden.mp4     | hidden
            /missing.mp4     | does not exist
            """)
    void playbackOnlyForVideos(String path, String reason) {
        assertEquals(Optional.empty(), library.playback(path), reason);
    }

    @ParameterizedTest(name = "{0}: previous {1}, next {2}")
    @CsvSource(delimiter = '|', textBlock = """
            /Alias.mp4     | none         | /Bare.mp4
            /Ep 2.mp4      | /ep 1.webm   | /Ep 3.MKV
            /Talk.mp4      | /Ep 10.mp4   | none
            /Extras/b.mp4  | none         | none
            """)
    void playbackKnowsItsNeighboursInTheFoldersOrder(String path, String expectedPrevious, String expectedNext) {
        Playback playback = library.playback(path).orElseThrow();
        assertEquals(expectedPrevious, playback.previous().map(LibraryPath::toString).orElse("none"));
        assertEquals(expectedNext, playback.next().map(LibraryPath::toString).orElse("none"));
    }

    @Test
    void listingAndPlaybackReadTheContainerHeader() throws IOException {
        Files.write(root.resolve("Real.mp4"), Mp4ProbeTest.concat(Mp4ProbeTest.box("mdat", new byte[10]),
                Mp4ProbeTest.box("moov", Mp4ProbeTest.mvhd0(1000, 65_000))));
        VideoFacts expected = new VideoFacts(Optional.of(java.time.Duration.ofSeconds(65)), VideoFacts.Streaming.SLOW_START);

        assertEquals(expected, library.list("/").orElseThrow().videos().stream()
                .filter(video -> video.name().equals("Real.mp4")).findAny().orElseThrow().facts());
        assertEquals(expected, library.playback("/Real.mp4").orElseThrow().facts());
    }

    @ParameterizedTest(name = "subtitle file \"{0}\" -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            /Talk.vtt        | found
            /Talk.en.srt     | found
            /Talk.mp4        | refused
            /notes.txt       | refused
            /Talk.fr.vtt     | refused
            /.hidden.mp4     | refused
            /../outside/secret.mp4 | refused
            /missing.srt     | refused
            """)
    void subtitleFilesAreOnlyVttAndSrtInsideTheLibrary(String path, String expected) {
        assertEquals(expected, library.subtitleFile(path).isPresent() ? "found" : "refused");
    }
}
