package reel.media;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a selection shows of a folder: the orders, the filter and the run of videos, over real files. */
class FolderViewsTest {

    private static final Instant T0 = Instant.parse("2024-05-01T10:00:00Z");

    @TempDir
    Path root;
    private MediaLibrary library;

    /** Name, length in seconds (0: none in the header), media bytes, seconds after T0 it was modified. */
    @BeforeEach
    void videos() throws IOException {
        video("Ep 2.mp4", 30, 200, 2);
        video("Ep 3.mp4", 30, 300, 2);
        video("Ep 10.mp4", 10, 400, 1);
        video("ep 1.webm", 0, 190, 3);
        video("Big.mp4", 0, 900, 0);
        video("Café Noir.mp4", 60, 0, 0);
        Files.createDirectories(root.resolve("Extras"));
        Files.createDirectories(root.resolve("Café Club"));
        library = new MediaLibrary(root);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # ties and unknowns fall back to name order
            NAME    | Big, Café Noir, ep 1, Ep 2, Ep 3, Ep 10
            NEWEST  | ep 1, Ep 2, Ep 3, Ep 10, Big, Café Noir
            LONGEST | Café Noir, Ep 2, Ep 3, Ep 10, Big, ep 1
            LARGEST | Big, Ep 10, Ep 3, Ep 2, ep 1, Café Noir
            """)
    void ordersTheVideos(VideoOrder order, String expected) {
        assertEquals(names(expected), stems(select(order, "", 0, 100).shown().videos()));
    }

    @ParameterizedTest(name = "\"{0}\" from {1}, {2} at most: {3} of {4} found")
    @CsvSource(delimiter = '|', textBlock = """
            ''    | 0  | 100 | Big, Café Noir, ep 1, Ep 2, Ep 3, Ep 10 | 6
            ''    | 0  | 2   | Big, Café Noir                          | 6
            ''    | 4  | 2   | Ep 3, Ep 10                             | 6
            ''    | 5  | 2   | Ep 10                                   | 6
            ''    | 6  | 2   | ''                                      | 6
            ''    | 99 | 2   | ''                                      | 6
            ep    | 1  | 2   | Ep 2, Ep 3                              | 4
            CAFE  | 0  | 100 | Café Noir                               | 1
            mp4   | 0  | 100 | ''                                      | 0
            """)
    void showsTheRunOfVideosTheFilterFinds(String text, int first, int count, String expected, int found) {
        FolderView view = select(VideoOrder.NAME, text, first, count);

        assertEquals(names(expected), stems(view.shown().videos()));
        assertEquals(found, view.matchingVideos());
        assertEquals(6, view.allVideos());
        assertEquals(first, view.first());
    }

    @Test
    void filtersTheFoldersByTheSameRuleAndShowsThemWhole() {
        assertEquals(List.of("Café Club", "Extras"), folders(select(VideoOrder.NAME, "", 5, 1)));
        assertEquals(List.of("Café Club"), folders(select(VideoOrder.NAME, "cafe", 0, 1)));
        assertEquals(2, select(VideoOrder.NAME, "cafe", 0, 1).allFolders());
    }

    private FolderView select(VideoOrder order, String text, int first, int count) {
        return library.list("/", new VideoSelection(order, NameFilter.of(text), first, count)).orElseThrow();
    }

    private void video(String name, int seconds, int mediaBytes, int secondsAfterT0) throws IOException {
        byte[] bytes = seconds == 0 ? new byte[mediaBytes] : FolderListingsTest.mp4(seconds, mediaBytes);
        Path file = Files.write(root.resolve(name), bytes);
        Files.setLastModifiedTime(file, FileTime.from(T0.plusSeconds(secondsAfterT0)));
    }

    private static List<String> names(String commaSeparated) {
        return commaSeparated.isEmpty() ? List.of() : Arrays.asList(commaSeparated.split(", "));
    }

    private static List<String> stems(List<Folder.VideoFile> videos) {
        return videos.stream().map(video -> new FileName(video.name()).stem()).toList();
    }

    private static List<String> folders(FolderView view) {
        return view.shown().folders().stream().map(Folder.Subfolder::name).toList();
    }
}
