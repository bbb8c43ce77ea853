package reel.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import reel.media.LibraryPath;
import reel.media.MediaLibrary;

/**
 * Search and Recently added for a viewer without the roles of {@code Board} and {@code Training/HR} (folders
 * per role), over a library with links into them. {@code Aardvark} is found before {@code Training/HR}, so
 * the index holds HR's videos under the link's path ({@link Indexer}: each real folder under the first path
 * found); {@code Public/Board link} after {@code Board}, so only its own name is held.
 */
class LibraryIndexLinksTest {

    private static final Predicate<LibraryPath> RESTRICTED = place -> !starts(place, "Board")
            && !starts(place, "Training", "HR");

    @TempDir
    Path root;

    private LibraryIndex index;

    @BeforeEach
    void build() throws IOException {
        TestLibrary library = new TestLibrary(root).video("Board/Minutes.mp4").video("Board/Sub/Deep.mp4")
                .video("Training/HR/Onboarding.mp4").video("Public/Talk.mp4");
        Files.createSymbolicLink(root.resolve("Public/Board link"), Path.of("../Board"));
        Files.createSymbolicLink(root.resolve("Public/Minutes link.mp4"), Path.of("../Board/Minutes.mp4"));
        Files.createSymbolicLink(root.resolve("Aardvark"), Path.of("Training/HR"));
        index = library.settle().build();
    }

    @ParameterizedTest(name = "\"{0}\" for {1}: videos [{2}], folders [{3}]")
    @CsvSource(delimiter = '|', textBlock = """
            # everyone finds every link, and what is behind a second name under the first
            minutes    | everyone   | /Board/Minutes.mp4,/Public/Minutes link.mp4 | ''
            board      | everyone   | /Aardvark/Onboarding.mp4                    | /Board,/Public/Board link
            link       | everyone   | /Public/Minutes link.mp4                    | /Public/Board link
            deep       | everyone   | /Board/Sub/Deep.mp4                         | ''
            onboarding | everyone   | /Aardvark/Onboarding.mp4                    | ''
            # without the roles: nothing a link leads into their folders, by its own name or its contents
            minutes    | restricted | ''                                          | ''
            board      | restricted | ''                                          | ''
            link       | restricted | ''                                          | ''
            onboarding | restricted | ''                                          | ''
            aardvark   | restricted | ''                                          | ''
            talk       | restricted | /Public/Talk.mp4                            | ''
            """)
    void searchFindsNothingALinkLeadsWhereTheViewerMayNotEnter(String query, String viewer, String videos,
            String folders) {
        SearchResults results = index.search(Query.parse(Optional.of(query)), viewer(viewer));

        assertEquals(names(videos), results.videos().shown().stream().map(video -> video.path().toString()).sorted()
                .toList());
        assertEquals(names(folders), results.folders().shown().stream().map(Object::toString).sorted().toList());
        assertEquals(names(videos).size() + names(folders).size(), results.videos().total() + results.folders().total(),
                "nor counts it");
    }

    @Test
    void recentlyAddedHoldsNothingALinkLeadsWhereTheViewerMayNotEnter() {
        assertEquals(List.of("/Aardvark/Onboarding.mp4", "/Board/Minutes.mp4", "/Board/Sub/Deep.mp4",
                "/Public/Minutes link.mp4", "/Public/Talk.mp4"), recent(place -> true));
        assertEquals(List.of("/Public/Talk.mp4"), recent(RESTRICTED));
    }

    /**
     * The size of the library that the search page states counts what the viewer could find, so that it does not
     * tell how much their folders hold to those without the roles: everyone's folders are the four at the top,
     * Board/Sub, Public/Board link and Training/HR; the restricted viewer's are Public and Training, and Talk.
     */
    @ParameterizedTest(name = "{0}: {1} folders, {2} videos")
    @CsvSource(delimiter = '|', textBlock = """
            everyone   | 7 | 5
            restricted | 2 | 1
            """)
    void theLibrarysSizeCountsOnlyWhatTheViewerMayEnter(String viewer, int folders, int videos) {
        IndexStatus status = index.search(Query.parse(Optional.empty()), viewer(viewer)).status();

        assertEquals(List.of(folders, videos), List.of(status.folders(), status.videos()));
        assertInstanceOf(IndexStatus.Ready.class, status);
        assertEquals(status, index.recent(viewer(viewer)).status(), "Recently added tells the same");
    }

    /**
     * While the index is still building, one folder a round, what it has read so far is counted by the same rules:
     * the restricted viewer's count never holds Board's or HR's videos and folders, though everyone's does.
     */
    @Test
    void whileBuildingTheSizeCountsOnlyWhatTheViewerMayEnter() {
        LibraryIndex building = new LibraryIndex();
        Indexer indexer = new Indexer(new MediaLibrary(root), building,
                Clock.fixed(TestLibrary.T0.plus(Duration.ofDays(30)), ZoneOffset.UTC), 1);
        List<IndexStatus> everyone = new ArrayList<>();
        List<IndexStatus> restricted = new ArrayList<>();
        while (everyone.isEmpty() || everyone.get(everyone.size() - 1) instanceof IndexStatus.Building) {
            indexer.refresh();
            everyone.add(building.search(Query.parse(Optional.empty()), place -> true).status());
            restricted.add(building.search(Query.parse(Optional.empty()), RESTRICTED).status());
        }

        assertTrue(everyone.stream().anyMatch(status -> status instanceof IndexStatus.Building && status.videos() > 1),
                "Board's videos were held before the index was ready: " + everyone);
        assertTrue(restricted.stream().allMatch(status -> status.folders() <= 2 && status.videos() <= 1),
                restricted::toString);
    }

    private List<String> recent(Predicate<LibraryPath> viewer) {
        return index.recent(viewer).videos().stream().map(video -> video.path().toString()).sorted().toList();
    }

    private static boolean starts(LibraryPath place, String... names) {
        List<String> prefix = Arrays.asList(names);
        return place.segments().size() >= prefix.size() && place.segments().subList(0, prefix.size()).equals(prefix);
    }

    private static Predicate<LibraryPath> viewer(String name) {
        return name.equals("everyone") ? place -> true : RESTRICTED;
    }

    private static List<String> names(String commaSeparated) {
        return commaSeparated.isEmpty() ? List.of() : Arrays.asList(commaSeparated.split(","));
    }
}
