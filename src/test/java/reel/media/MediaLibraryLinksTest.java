package reel.media;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Where links lead, as the library's names, and what a viewer who may not enter {@code Board} (folders per
 * role) is shown of a folder holding links into it. The tree ("->" is a symbolic link, relative as people
 * make them):
 * <pre>
 * Board/{Minutes.mp4, Minutes.en.vtt, Sub/Deep.mp4}, Training/HR/Onboarding.mp4, back\slash/x.mp4,
 * Public/{Talk.mp4, Talk.en.vtt, Zoo.mp4, minutes.vtt,
 *         board-link -> ../Board, minutes.mp4 -> ../Board/Minutes.mp4, Talk.fr.vtt -> ../Board/Minutes.en.vtt,
 *         minutes.en.vtt -> ../Board/Minutes.en.vtt, minutes.fr.vtt -> Talk.en.vtt,
 *         Twin.mp4 -> Talk.mp4, hr -> ../Training/HR, odd -> ../back\slash, odd.mp4 -> ../back\slash/x.mp4}
 * </pre>
 */
class MediaLibraryLinksTest {

    /** A viewer without the Board's role: every place but Board and what is under it. */
    private static final Predicate<LibraryPath> OUTSIDE_BOARD =
            place -> place.segments().isEmpty() || !place.segments().get(0).equals("Board");

    @TempDir
    Path root;

    private MediaLibrary library;

    @BeforeEach
    void buildTree() throws IOException {
        for (String file : List.of("Board/Minutes.mp4", "Board/Minutes.en.vtt", "Board/Sub/Deep.mp4",
                "Training/HR/Onboarding.mp4", "back\\slash/x.mp4", "Public/Talk.mp4", "Public/Talk.en.vtt",
                "Public/Zoo.mp4", "Public/minutes.vtt")) {
            MediaLibraryTest.write(root.resolve(file), "0123456789");
        }
        link("Public/board-link", "../Board");
        link("Public/minutes.mp4", "../Board/Minutes.mp4");
        link("Public/Talk.fr.vtt", "../Board/Minutes.en.vtt");
        link("Public/minutes.en.vtt", "../Board/Minutes.en.vtt");
        link("Public/minutes.fr.vtt", "Talk.en.vtt");
        link("Public/Twin.mp4", "Talk.mp4");
        link("Public/hr", "../Training/HR");
        link("Public/odd", "../back\\slash");
        link("Public/odd.mp4", "../back\\slash/x.mp4");
        library = new MediaLibrary(root);
    }

    @ParameterizedTest(name = "{0} is really {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # no link on the way: the URL's own path
            /Public/Talk.mp4                | /Public/Talk.mp4
            /Board/Minutes.mp4              | /Board/Minutes.mp4
            # a link beside its target, to a file, into a folder, deeper in it, to a folder two levels down
            /Public/Twin.mp4                | /Public/Talk.mp4
            /Public/minutes.mp4             | /Board/Minutes.mp4
            /Public/board-link/Minutes.mp4  | /Board/Minutes.mp4
            /Public/board-link/Sub/Deep.mp4 | /Board/Sub/Deep.mp4
            /Public/hr/Onboarding.mp4       | /Training/HR/Onboarding.mp4
            """)
    void aFileSaysWhereItReallyIs(String path, String expectedPlace) {
        assertEquals(place(expectedPlace), library.find(path).orElseThrow().place());
    }

    @Test
    void aSubtitleSaysWhereItReallyIs() {
        assertEquals(place("/Board/Minutes.en.vtt"), library.subtitleFile("/Public/Talk.fr.vtt").orElseThrow().place());
    }

    /** No URL can spell a backslash, so no link may show what is behind one; as for a hidden name. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            /Public/odd/x.mp4
            /Public/odd.mp4
            /back\\slash/x.mp4
            """)
    void aLinkToANameNoUrlCouldSpellIsRefused(String path) {
        assertEquals(Optional.empty(), library.find(path));
    }

    @ParameterizedTest(name = "{0} for {1}: folders [{3}], videos [{4}]")
    @CsvSource(delimiter = '|', textBlock = """
            # everyone sees every link; a link to a name no URL could spell is never shown
            /Public/            | everyone     | /Public      | board-link,hr | minutes.mp4,Talk.mp4,Twin.mp4,Zoo.mp4 | 4 | 2
            /Public/board-link/ | everyone     | /Board       | Sub           | Minutes.mp4                           | 1 | 1
            # links into Board are as if they were not there, in the lists and the counts
            /Public/            | outsideBoard | /Public      | hr            | Talk.mp4,Twin.mp4,Zoo.mp4             | 3 | 1
            # the folder itself says where it is, for the caller to judge; its sub-folders are judged there too
            /Public/board-link/ | outsideBoard | /Board       | ''            | Minutes.mp4                           | 1 | 0
            /Public/hr/         | outsideBoard | /Training/HR | ''            | Onboarding.mp4                        | 1 | 0
            """)
    void aFolderShowsOnlyWhatTheViewerMayEnter(String path, String viewer, String expectedPlace, String folders,
            String videos, int allVideos, int allFolders) {
        FolderView view = library.list(path, VideoSelection.all(VideoOrder.NAME), viewer(viewer)).orElseThrow();

        assertEquals(place(expectedPlace), view.place());
        assertEquals(names(folders), view.shown().folders().stream().map(Folder.Subfolder::name).toList());
        assertEquals(names(videos), view.shown().videos().stream().map(Folder.VideoFile::name).toList());
        assertEquals(List.of(allVideos, allFolders, names(videos).size()),
                List.of(view.allVideos(), view.allFolders(), view.matchingVideos()));
    }

    @ParameterizedTest(name = "{0} found by \"{1}\" in /Public/ -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            everyone     | minutes | minutes.mp4
            outsideBoard | minutes | ''
            outsideBoard | zoo     | Zoo.mp4
            """)
    void aFilterFindsNothingALinkHides(String viewer, String filter, String expected) {
        FolderView view = library.list("/Public/", new VideoSelection(VideoOrder.NAME, NameFilter.of(filter), 0, 120),
                viewer(viewer)).orElseThrow();

        assertEquals(names(expected), view.shown().videos().stream().map(Folder.VideoFile::name).toList());
        assertEquals(names(expected).size(), view.matchingVideos());
    }

    @ParameterizedTest(name = "{0} for {1}: previous {2}, next {3}, subtitles [{4}]")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            /Public/Talk.mp4 | everyone     | minutes.mp4 | Twin.mp4 | Talk.en.vtt,Talk.fr.vtt
            /Public/Talk.mp4 | outsideBoard | none        | Twin.mp4 | Talk.en.vtt
            /Public/Twin.mp4 | outsideBoard | Talk.mp4    | Zoo.mp4  | ''
            """)
    void thePlayerLinksNothingALinkHides(String path, String viewer, String previous, String next, String subtitles) {
        Playback playback = library.playback(path, viewer(viewer)).orElseThrow();

        assertEquals(Optional.ofNullable(previous), playback.previous().flatMap(LibraryPath::name));
        assertEquals(Optional.ofNullable(next), playback.next().flatMap(LibraryPath::name));
        assertEquals(names(subtitles), playback.subtitles().stream().map(s -> s.path().name().orElseThrow()).toList());
    }

    /**
     * A link in Board that leads out to a public video, played through the link to Board: the video is the
     * caller's to judge (it really is public), but nothing of the folder it is shown in, which really is Board,
     * not even the names of its videos as previous and next, nor its subtitles.
     */
    @Test
    void aVideoShownInAFolderTheViewerMayNotEnterShowsNothingOfTheFolder() throws IOException {
        link("Board/Out.mp4", "../Public/Zoo.mp4");
        MediaLibraryTest.write(root.resolve("Board/Out.en.vtt"), "WEBVTT\n");
        library = new MediaLibrary(root);

        Playback everyone = library.playback("/Public/board-link/Out.mp4", place -> true).orElseThrow();
        Playback outsider = library.playback("/Public/board-link/Out.mp4", OUTSIDE_BOARD).orElseThrow();

        assertEquals(place("/Public/Zoo.mp4"), outsider.file().place());
        assertEquals(Optional.of("Minutes.mp4"), everyone.previous().flatMap(LibraryPath::name));
        assertEquals(1, everyone.subtitles().size());
        assertEquals(List.of(Optional.empty(), Optional.empty()), List.of(outsider.previous(), outsider.next()));
        assertEquals(List.of(), outsider.subtitles());
    }

    /**
     * The player for someone holding a share link lists, beside the video, only the subtitles that really lie in the
     * folder where the video really is, through a link or not: never one a link brings from elsewhere, into Board
     * or not, nor a file beside a link to the video; and no neighbours. Everyone's player of the same video lists
     * them all, for comparison.
     */
    @ParameterizedTest(name = "{0}: [{1}] for a link's holder, [{2}] for everyone")
    @CsvSource(delimiter = '|', textBlock = """
            # Talk.fr.vtt is a link into Board, where Talk.mp4 is not
            /Public/Talk.mp4               | Talk.en.vtt    | Talk.en.vtt,Talk.fr.vtt
            # the video is a link into Board: its real sibling, through a link beside it, and nothing from Public
            /Public/minutes.mp4            | minutes.en.vtt | minutes.vtt,minutes.en.vtt,minutes.fr.vtt
            # through a link to the folder, and in the folder itself
            /Public/board-link/Minutes.mp4 | Minutes.en.vtt | Minutes.en.vtt
            /Board/Minutes.mp4             | Minutes.en.vtt | Minutes.en.vtt
            """)
    void aLinksHolderGetsOnlyTheSubtitlesThatReallyLieBesideTheVideo(String path, String holder, String everyone) {
        Playback shared = library.sharedPlayback(path).orElseThrow();

        assertEquals(names(holder), shared.subtitles().stream().map(s -> s.path().name().orElseThrow()).toList());
        assertEquals(List.of(Optional.empty(), Optional.empty()), List.of(shared.previous(), shared.next()));
        assertEquals(library.find(path).orElseThrow(), shared.file());
        assertEquals(names(everyone), library.playback(path).orElseThrow().subtitles().stream()
                .map(s -> s.path().name().orElseThrow()).toList());
    }

    @Test
    void thePlayerOfAVideoThroughALinkSaysWhereItReallyIs() {
        Playback playback = library.playback("/Public/board-link/Minutes.mp4", OUTSIDE_BOARD).orElseThrow();

        assertEquals(place("/Board/Minutes.mp4"), playback.file().place());
        assertEquals(place("/Public/board-link/Minutes.mp4"), playback.path());
    }

    @ParameterizedTest(name = "scan of {0}: {1} leads to {2}")
    @CsvSource(delimiter = '|', nullValues = "beside", textBlock = """
            /Public            | board-link     | /Board
            /Public            | hr             | /Training/HR
            /Public            | minutes.mp4    | /Board/Minutes.mp4
            /Public            | Twin.mp4       | /Public/Talk.mp4
            /Public            | Talk.mp4       | beside
            /Public/board-link | Minutes.mp4    | beside
            """)
    void aScanSaysWhereEachLinkLeads(String folder, String name, String elsewhere) {
        FolderScan scan = library.scan(place(folder)).orElseThrow();

        FolderScan.Item item = java.util.stream.Stream.concat(scan.folders().stream(), scan.videos().stream())
                .filter(entry -> entry.name().equals(name)).findFirst().orElseThrow();
        assertEquals(Optional.ofNullable(elsewhere).map(MediaLibraryLinksTest::place), item.elsewhere());
    }

    @Test
    void aScanSaysWhereTheFolderReallyIs() {
        assertEquals(place("/Board"), library.scan(place("/Public/board-link")).orElseThrow().place());
        assertEquals(LibraryPath.ROOT, library.scan(LibraryPath.ROOT).orElseThrow().place());
        assertEquals(List.of("board-link", "hr"), library.scan(place("/Public")).orElseThrow().folders().stream()
                .map(FolderScan.Item::name).sorted().toList(), "never odd, behind a backslash");
    }

    private void link(String link, String target) throws IOException {
        Files.createSymbolicLink(root.resolve(link), Path.of(target));
    }

    private static Predicate<LibraryPath> viewer(String name) {
        return name.equals("everyone") ? place -> true : OUTSIDE_BOARD;
    }

    private static LibraryPath place(String path) {
        return LibraryPath.parse(path).orElseThrow();
    }

    private static List<String> names(String commaSeparated) {
        return commaSeparated.isEmpty() ? List.of() : Arrays.asList(commaSeparated.split(","));
    }
}
