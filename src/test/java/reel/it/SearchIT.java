package reel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Search and Recently added over real HTTP, on a library of more than 10,000 videos in 20 folders: hard
 * links to one small file, so it takes a few megabytes of folder entries on disk and no file data.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
final class SearchIT {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final int FOLDERS = 20;
    private static final int CLIPS_PER_FOLDER = 500;
    private static final Instant LONG_AGO = Instant.parse("2020-01-01T00:00:00Z");
    private static final Instant RECENTLY = Instant.parse("2025-06-01T00:00:00Z");
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final Pattern HIT = Pattern.compile("<a class=\"hit\" href=\"([^\"]+)\"><span class=\"name\">([^<]+)</span>");

    /** Holds the library and, beside it, the one file every clip is a hard link to. */
    @TempDir
    static Path base;
    private static Path media;
    private static ReelServer server;

    @BeforeAll
    static void start() throws Exception {
        media = Files.createDirectories(base.resolve("media"));
        Path clip = Files.write(base.resolve("clip.mp4"), Fixtures.content(100));
        Files.setLastModifiedTime(clip, FileTime.from(LONG_AGO));
        for (int folder = 1; folder <= FOLDERS; folder++) {
            Path dir = Files.createDirectories(media.resolve("Archive/Camera " + folder));
            for (int i = 1; i <= CLIPS_PER_FOLDER; i++) {
                Files.createLink(dir.resolve(String.format("Clip %04d.mp4", i)), clip);
            }
        }
        for (String name : List.of("Café au lait.mp4", "Cafe.mp4", "Cafeteria tour.mp4", "Nescafe ad.webm",
                "Films/Le Café.mkv", "Café Society/Intro.mp4", "cafe notes.txt", "Cafe.vtt")) {
            write(name, LONG_AGO);
        }
        write(".Café secret.mp4", RECENTLY.plusSeconds(100));
        write(".private/cafe inside.mp4", RECENTLY.plusSeconds(100));
        Files.createSymbolicLink(media.resolve("cafe link.mp4"), media.resolve(".Café secret.mp4"));
        Files.createSymbolicLink(media.resolve("Cafe folder link"), media.resolve(".private"));
        for (int i = 1; i <= 14; i++) {
            write("Newest/Fresh " + i + ".mp4", RECENTLY.plusSeconds(i));
        }
        server = ReelServer.start(media);
        awaitIndexed();
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @Test
    @Order(1)
    void findsFoldersAndVideosRankedWithTheFolderEachIsIn() throws Exception {
        String page = search("cafe");

        assertTrue(page.contains("<p class=\"search-summary\" role=\"status\">5 videos and 1 folder match “cafe”.</p>"), page);
        assertEquals(List.of("Café Society"), names(folderSection(page)));
        assertEquals(List.of("Cafe", "Le Café", "Café au lait", "Cafeteria tour", "Nescafe ad"), names(videoSection(page)));
        assertTrue(page.contains("<a class=\"hit\" href=\"/reel/watch/Films/Le%20Caf%C3%A9.mkv\"><span class=\"name\">Le Café</span>"
                + "</a> <span class=\"meta\">MKV · 100 B</span> <span class=\"where\">in <a href=\"/reel/browse/Films/\">Films</a>"),
                page);
    }

    @Test
    @Order(2)
    void hiddenFilesLinksToThemAndFilesThatAreNoVideosNeverAppear() throws Exception {
        String page = search("cafe");

        for (String never : List.of("secret", "inside", "cafe link", "Cafe folder link", "notes", ".vtt", "private")) {
            assertFalse(page.contains(never), never + " in " + page);
        }
        assertTrue(search("secret").contains("Nothing in the library matches “secret”."));
    }

    @Test
    @Order(3)
    void everyWordMustMatchAcrossAllFolders() throws Exception {
        String page = search("clip 0042");

        assertTrue(page.contains("20 videos match “clip 0042”."), page);
        assertEquals(IntStream.rangeClosed(1, FOLDERS).mapToObj(folder -> "/reel/browse/Archive/Camera%20" + folder + "/")
                .toList(), folderLinks(videoSection(page)));
    }

    @Test
    @Order(4)
    void aQueryMatchingTenThousandShowsTheBestHundredAndSaysHowManyMore() throws Exception {
        String page = search("clip");

        assertTrue(page.contains("10,000 videos match “clip”."), page);
        assertEquals(100, names(videoSection(page)).size());
        assertTrue(page.contains("<p class=\"more\">The best 100 of 10,000 videos. Add a word to narrow the search.</p>"), page);
    }

    @Test
    @Order(5)
    void theLibraryHomeShowsTheTwelveNewestVideosWithTheirFolder() throws Exception {
        String home = get("/reel/").body();

        int start = home.indexOf("<section class=\"recent\"");
        String row = home.substring(start, home.indexOf("</section>", start) + 10);
        assertEquals(IntStream.iterate(14, i -> i - 1).limit(12).mapToObj(i -> "/reel/watch/Newest/Fresh%20" + i + ".mp4")
                .toList(), Pattern.compile("<a class=\"card video\" href=\"([^\"]+)\"").matcher(row).results()
                .map(match -> match.group(1)).toList());
        assertTrue(row.contains("<span class=\"where\">in <a href=\"/reel/browse/Newest/\">Newest</a></span>"), row);
        assertFalse(row.contains("secret") || row.contains("inside"), row);
    }

    @Test
    @Order(6)
    void anEmptyQueryExplainsSearchAndCountsTheLibrary() throws Exception {
        String page = get("/reel/search").body();

        assertTrue(page.contains("<kbd>cafe</kbd> finds Café"), page);
        assertTrue(page.contains("The library holds 10,020 videos and 24 folders."), page);
    }

    @Test
    @Order(7)
    void aFileAddedRenamedAndDeletedIsFoundThenNotWithinAFewRefreshes() throws Exception {
        write("Films/Café crème.mp4", Instant.now());
        assertEquals(List.of("Café crème"), awaitNames("creme", names -> !names.isEmpty()));

        Files.move(media.resolve("Films/Café crème.mp4"), media.resolve("Films/Espresso.mp4"));
        assertEquals(List.of("Espresso"), awaitNames("espresso", names -> !names.isEmpty()));
        assertEquals(List.of(), names(videoSection(search("creme"))));

        Files.delete(media.resolve("Films/Espresso.mp4"));
        assertEquals(List.of(), awaitNames("espresso", List::isEmpty));
    }

    @Test
    @Order(8)
    void theIndexSaidOnceThatItWasReadyAndUndeployingLeavesNoThread() throws Exception {
        List<String> ready = server.logs().reelRecords().stream().map(record -> record.getMessage())
                .filter(message -> message.startsWith("reel library index ready")).toList();
        assertEquals(1, ready.size(), server.logs()::toString);
        assertTrue(ready.get(0).startsWith("reel library index ready: 10020 videos and 24 folders, read in "), ready.get(0));

        server.undeploy();

        assertEquals(List.of(), server.logs().atOrAbove(Level.WARNING).stream().map(record -> record.getMessage())
                .toList(), server.logs()::toString);
    }

    private static void write(String name, Instant modified) throws IOException {
        Path file = media.resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, Fixtures.content(100));
        Files.setLastModifiedTime(file, FileTime.from(modified));
    }

    private static String search(String query) throws Exception {
        HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(server.rawUri("/reel/search?q="
                + URLEncoder.encode(query, StandardCharsets.UTF_8))).build(), BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        return response.body();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(server.uri(path)).build(), BodyHandlers.ofString());
    }

    /** The first reading of 10,000 files takes a moment; until then every search page says so. */
    private static void awaitIndexed() throws Exception {
        awaitPage("cafe", page -> !page.contains("still reading"));
    }

    /** The names a search finds once {@code expected} holds; the index looks for changes every 2 s. */
    private static List<String> awaitNames(String query, Predicate<List<String>> expected) throws Exception {
        return names(videoSection(awaitPage(query, page -> expected.test(names(videoSection(page))))));
    }

    private static String awaitPage(String query, Predicate<String> expected) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        String page = search(query);
        while (!expected.test(page)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + PATIENCE.toSeconds() + " s: " + page);
            }
            Thread.sleep(100);
            page = search(query);
        }
        return page;
    }

    private static String folderSection(String page) {
        int start = page.indexOf("id=\"found-folders\"");
        return start < 0 ? "" : page.substring(start, page.indexOf("</section>", start));
    }

    private static String videoSection(String page) {
        int start = page.indexOf("id=\"found-videos\"");
        return start < 0 ? "" : page.substring(start, page.indexOf("</section>", start));
    }

    private static List<String> names(String section) {
        return HIT.matcher(section).results().map(match -> match.group(2)).toList();
    }

    private static List<String> folderLinks(String section) {
        return Pattern.compile("<span class=\"where\">in <a href=\"([^\"]+)\"").matcher(section).results()
                .map(match -> match.group(1)).toList();
    }
}
