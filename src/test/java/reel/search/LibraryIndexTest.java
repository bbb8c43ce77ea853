package reel.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the index answers: search results with their folders and caps, the newest videos, its status. */
class LibraryIndexTest {

    @TempDir
    Path root;

    @Test
    void findsFoldersAndVideosInEveryFolderWithWhereTheyAre() throws IOException {
        TestLibrary library = new TestLibrary(root).video("Café.mp4").video("Paris/Le Café.webm")
                .video("Paris/Cafés/Noir.mkv").video("Paris/notes café.txt").video("Paris/Café.vtt");
        library.build();

        SearchResults results = library.index().search(Query.parse(Optional.of("cafe")));

        assertEquals(List.of("/Paris/Cafés"), results.folders().shown().stream().map(Object::toString).toList());
        assertEquals(List.of("/Café.mp4", "/Paris/Le Café.webm"), library.videos("cafe"));
        assertEquals("/Paris", results.videos().shown().get(1).folder().toString());
        assertTrue(results.isComplete());
    }

    @Test
    void videosAreFoundByTitleAndFoldersByTheirWholeName() throws IOException {
        TestLibrary library = new TestLibrary(root).video("Talk.mp4").video("Season.2/Ep.mkv");
        library.build();

        assertEquals(List.of(), library.videos("mp4"), "every video has an extension; it finds nothing");
        assertEquals(List.of("/Season.2"), library.folders("2"));
    }

    @Test
    void moreMatchesThanShownAreCountedBestFirst() throws IOException {
        TestLibrary library = new TestLibrary(root);
        for (int i = 1; i <= 150; i++) {
            library.video("Ep " + i + ".mp4");
        }
        for (int i = 1; i <= 25; i++) {
            Files.createDirectories(root.resolve("Ep folder " + i));
        }
        library.build();

        SearchResults results = library.index().search(Query.parse(Optional.of("ep")));

        assertEquals(new Found<>(results.videos().shown(), 150), results.videos());
        assertEquals(LibraryIndex.SHOWN_VIDEOS, results.videos().shown().size());
        assertEquals(LibraryIndex.SHOWN_FOLDERS, results.folders().shown().size());
        assertEquals(25, results.folders().total());
        assertTrue(results.videos().hasMore());
        assertEquals(List.of("/Ep 1.mp4", "/Ep 2.mp4", "/Ep 3.mp4"),
                results.videos().shown().subList(0, 3).stream().map(video -> video.path().toString()).toList());
    }

    @Test
    void anEmptyQueryFindsNothingButSaysHowLargeTheLibraryIs() throws IOException {
        TestLibrary library = new TestLibrary(root).video("a.mp4").video("B/b.mp4");
        library.build();

        SearchResults results = library.index().search(Query.parse(Optional.of("  ")));

        assertEquals(0, results.folders().total() + results.videos().total());
        assertEquals(1, results.status().folders());
        assertEquals(2, results.status().videos());
    }

    @Test
    void theNewestVideosComeFirstAndTwelveAtMost() throws IOException {
        TestLibrary library = new TestLibrary(root);
        for (int i = 1; i <= 15; i++) {
            library.video("Folder " + (i % 3) + "/Clip " + i + ".mp4");
        }
        library.settle();
        for (int i = 1; i <= 15; i++) {
            library.time("Folder " + (i % 3) + "/Clip " + i + ".mp4", TestLibrary.T0.plusSeconds(i));
        }
        library.video("Same time b.mp4").video("Same time a.mp4").time("Same time a.mp4", TestLibrary.T0.plusSeconds(99))
                .time("Same time b.mp4", TestLibrary.T0.plusSeconds(99));
        library.build();

        List<String> recent = library.index().recent().videos().stream().map(video -> video.name()).toList();

        assertEquals(List.of("Same time a.mp4", "Same time b.mp4", "Clip 15.mp4", "Clip 14.mp4", "Clip 13.mp4",
                "Clip 12.mp4", "Clip 11.mp4", "Clip 10.mp4", "Clip 9.mp4", "Clip 8.mp4", "Clip 7.mp4", "Clip 6.mp4"),
                recent);
    }

    @Test
    void untilTheFirstReadingHasFinishedTheIndexSaysItIsBuilding() {
        LibraryIndex index = new LibraryIndex();

        assertEquals(new IndexStatus.Building(0, 0), index.status());
        assertFalse(index.search(Query.parse(Optional.of("a"))).isComplete());
        assertInstanceOf(IndexStatus.Building.class, index.recent().status());
    }
}
