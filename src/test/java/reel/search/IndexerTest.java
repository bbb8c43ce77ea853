package reel.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keeping the index fresh: every kind of change to the library, found by one refresh, and the bounds on its work. */
class IndexerTest {

    @TempDir
    Path root;

    private TestLibrary library;

    @BeforeEach
    void aSmallLibrary() throws IOException {
        library = new TestLibrary(root).video("Films/Alpha.mp4").video("Films/Beta.mp4").video("Top.mp4");
        library.settle();
    }

    @Test
    void theBuildFindsEveryVideoAndFolder() {
        IndexStatus status = library.build().status();

        assertEquals(new IndexStatus.Ready(1, 3, ((IndexStatus.Ready) status).took()), status);
        assertEquals(List.of("/Films/Alpha.mp4"), library.videos("alpha"));
        assertEquals(List.of("/Films"), library.folders("films"));
    }

    @Test
    void anAddedFileIsFound() throws IOException {
        library.build();
        library.video("Films/Gamma.mp4").changed("Films", 1).refresh();

        assertEquals(List.of("/Films/Gamma.mp4"), library.videos("gamma"));
    }

    @Test
    void aRenamedFileIsFoundByItsNewNameOnly() throws IOException {
        library.build();
        Files.move(root.resolve("Films/Alpha.mp4"), root.resolve("Films/Omega.mp4"));
        library.changed("Films", 1).refresh();

        assertEquals(List.of(), library.videos("alpha"));
        assertEquals(List.of("/Films/Omega.mp4"), library.videos("omega"));
    }

    @Test
    void aDeletedFileIsGone() throws IOException {
        library.build();
        Files.delete(root.resolve("Films/Alpha.mp4"));
        library.changed("Films", 1).refresh();

        assertEquals(List.of(), library.videos("alpha"));
        assertEquals(2, library.index().status().videos());
    }

    /** Rewriting a file in place leaves its folder's time alone; the videos' own times show it. */
    @Test
    void aFileReplacedInPlaceHasItsNewSizeAndTime() throws IOException {
        library.build();
        library.file("Films/Alpha.mp4", 500).time("Films/Alpha.mp4", TestLibrary.T0.plus(Duration.ofDays(1)))
                .time("Films", TestLibrary.T0);
        library.refresh();

        Video newest = library.index().recent().videos().get(0);
        assertEquals("/Films/Alpha.mp4", newest.path().toString());
        assertEquals(500, newest.size());
        assertEquals(TestLibrary.T0.plus(Duration.ofDays(1)), newest.modified());
    }

    /** As rsync and most downloaders do: a new file under a hidden name, renamed over the old one. */
    @Test
    void aFileReplacedByRenamingOverItHasItsNewSize() throws IOException {
        library.build();
        library.file("Films/.Alpha.mp4.part", 700);
        Files.move(root.resolve("Films/.Alpha.mp4.part"), root.resolve("Films/Alpha.mp4"),
                StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        library.changed("Films", 1).refresh();

        assertEquals(700, library.index().recent().videos().stream()
                .filter(video -> video.name().equals("Alpha.mp4")).findFirst().orElseThrow().size());
        assertEquals(3, library.index().status().videos());
    }

    @Test
    void anAddedFolderIsFoundWithEverythingInIt() throws IOException {
        library.build();
        library.video("Series/Season 1/Ep 1.mp4").settle().changed("", 1).refresh();

        assertEquals(List.of("/Series/Season 1/Ep 1.mp4"), library.videos("ep 1"));
        assertEquals(List.of("/Series/Season 1"), library.folders("season"));
    }

    @Test
    void aRenamedFolderIsFoundUnderItsNewNameOnly() throws IOException {
        library.build();
        Files.move(root.resolve("Films"), root.resolve("Movies"));
        library.changed("", 1).refresh();

        assertEquals(List.of("/Movies/Alpha.mp4"), library.videos("alpha"));
        assertEquals(List.of(), library.folders("films"));
    }

    @Test
    void aDeletedFolderIsGoneWithEverythingInIt() throws IOException {
        library.video("Films/Extras/Making of.mp4").settle().build();
        deleteTree(root.resolve("Films"));
        library.changed("", 1).refresh();

        assertEquals(List.of(), library.videos("making"));
        assertEquals(new IndexStatus.Ready(0, 1, ((IndexStatus.Ready) library.index().status()).took()),
                library.index().status());
    }

    @Test
    void hiddenFilesAndLinksToThemNeverAppear() throws IOException {
        library.video(".secret.mp4").video(".hidden/inside.mp4");
        Files.createSymbolicLink(root.resolve("shown.mp4"), root.resolve(".secret.mp4"));
        library.settle().build();
        library.video("Films/.later.mp4").video(".hidden/later.mp4");
        Files.createSymbolicLink(root.resolve("Films/visible later.mp4"), root.resolve(".hidden/later.mp4"));
        Files.createSymbolicLink(root.resolve("gitlink"), root.resolve(".hidden"));
        library.changed("", 1).changed("Films", 1).refresh();

        for (String hidden : List.of("secret", "shown", "inside", "later", "gitlink", "hidden")) {
            assertEquals(List.of(), library.videos(hidden), hidden);
            assertEquals(List.of(), library.folders(hidden), hidden);
        }
    }

    /** A change within the file system's clock tick after a listing leaves the time as it was. */
    @Test
    void aFolderListedSoonAfterItsLastChangeIsListedAgainEvenWithTheSameTime() throws IOException {
        library.clock(TestLibrary.T0.plusSeconds(1)).build();
        library.video("Films/Gamma.mp4").time("Films", TestLibrary.T0).refresh();

        assertEquals(List.of("/Films/Gamma.mp4"), library.videos("gamma"));
    }

    /** The other side of the rule above: a settled folder whose time is unchanged costs one look, not a listing. */
    @Test
    void aSettledFolderWhoseTimeIsUnchangedIsNotListedAgain() throws IOException {
        library.build();
        library.video("Films/Gamma.mp4").time("Films", TestLibrary.T0).refresh();

        assertEquals(List.of(), library.videos("gamma"));
    }

    /** Each refresh lists at least one changed folder and then stops once its calls are spent. */
    @Test
    void aRefreshDoesBoundedWork() throws IOException {
        library.budget(10).build();
        for (int folder = 1; folder <= 5; folder++) {
            for (int video = 1; video <= 20; video++) {
                library.video("New " + folder + "/Ep " + video + ".mp4");
            }
        }
        library.settle().changed("", 1).refresh();

        assertEquals(3, library.index().status().videos(), "the root listed, nothing more");
        for (int refresh = 1; refresh <= 5; refresh++) {
            library.refresh();
            assertEquals(3 + 20 * refresh, library.index().status().videos(), "refresh " + refresh);
        }
    }

    @Test
    void aLinkToAnAncestorIsAFolderButNotALoop() throws IOException {
        Files.createSymbolicLink(root.resolve("Films/Again"), root);
        library.build();

        assertEquals(List.of("/Films/Again"), library.folders("again"));
        assertEquals(List.of("/Films/Alpha.mp4"), library.videos("alpha"));
    }

    @Test
    void aSecondNameForAFolderIsFoundButItsVideosOnlyUnderTheFirst() throws IOException {
        Files.createSymbolicLink(root.resolve("Movies"), root.resolve("Films"));
        library.build();

        assertEquals(List.of("/Movies"), library.folders("movies"));
        assertEquals(List.of("/Films/Alpha.mp4"), library.videos("alpha"));
    }

    @Test
    void aFolderLinkPointedElsewhereShowsTheNewFolder() throws IOException {
        library.video("Other/Zeta.mp4").settle();
        Files.createSymbolicLink(root.resolve("Current"), root.resolve("Other"));
        library.build();
        // The first path a folder is found under indexes it: "Current" before "Other".
        assertEquals(List.of("/Current/Zeta.mp4"), library.videos("zeta"));

        Files.delete(root.resolve("Current"));
        Files.createSymbolicLink(root.resolve("Current"), root.resolve("Films"));
        library.changed("", 1).refresh();

        // Now Other is nobody's second name, so it is indexed under its own.
        assertEquals(List.of("/Other/Zeta.mp4"), library.videos("zeta"));
        assertEquals(List.of("/Films/Alpha.mp4"), library.videos("alpha"));
        assertEquals(List.of("/Current"), library.folders("current"));
    }

    @Test
    void aMediaFolderThatGoesAwayForAWhileKeepsItsIndexAndIsReadAgainWhenBack(@TempDir Path base) throws IOException {
        Path folder = base.resolve("videos");
        TestLibrary away = new TestLibrary(folder).video("Alpha.mp4");
        away.settle().build();

        Files.move(folder, base.resolve("unmounted"));
        away.refresh();
        assertEquals(List.of("/Alpha.mp4"), away.videos("alpha"));

        Files.move(base.resolve("unmounted"), folder);
        away.video("Beta.mp4").changed("", 1).refresh();
        assertEquals(List.of("/Beta.mp4"), away.videos("beta"));
    }

    private static void deleteTree(Path top) throws IOException {
        try (Stream<Path> all = Files.walk(top)) {
            for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
