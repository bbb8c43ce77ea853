package reel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder of 10,001 videos over real HTTP: 10,000 sparse files (no blocks on disk; sizes and times set
 * so every order differs from name order; no header reel can read) and one real MP4 with an accent in
 * its name. Pages, orders, the server's filter, freshness after changes, and a warm page side by side
 * with Tomcat's DefaultServlet listing of the same folder.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LargeFolderIT {

    private static final int CLIPS = 10_000;
    private static final int VIDEOS = CLIPS + 1;
    private static final String FOLDER = "/reel/browse/big/";
    private static final Instant T0 = Instant.parse("2024-05-01T10:00:00Z");
    private static final int PAGE_BYTES_AT_MOST = 100_000;
    private static final Pattern CARD_NAME = Pattern.compile("<a class=\"card video\"[^>]*><span class=\"name\">([^<]*)</span>");

    @TempDir
    static Path media;
    private static Path big;
    private static ReelServer server;
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        big = Files.createDirectories(media.resolve("big"));
        for (int i = 1; i <= CLIPS; i++) {
            Path clip = AsyncStreamingIT.sparse(big.resolve("Clip " + i + ".mp4"), i * 1000L);
            Files.setLastModifiedTime(clip, FileTime.from(T0.plusSeconds(shuffled(i))));
        }
        Path sample = Path.of(System.getProperty("reel.sample.media"), "Test Pattern.mp4");
        Path cafe = Files.copy(sample, big.resolve("Café au lait.mp4"));
        Files.setLastModifiedTime(cafe, FileTime.from(T0.minusSeconds(1)));
        server = ReelServer.start(media);
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @Test
    @Order(1)
    void theFirstPageIsSmallAndLinksTheOthers() throws Exception {
        long started = System.nanoTime();
        HttpResponse<byte[]> response = get(FOLDER);
        long coldMillis = (System.nanoTime() - started) / 1_000_000;
        String html = new String(response.body(), StandardCharsets.UTF_8);

        assertEquals(200, response.statusCode());
        System.out.printf(Locale.ROOT, "%nLargeFolderIT: first page of %,d videos: %,d bytes of HTML, first view %d ms%n",
                VIDEOS, response.body().length, coldMillis);
        assertTrue(response.body().length < PAGE_BYTES_AT_MOST, () -> response.body().length + " bytes");
        assertEquals(120, cards(html).size());
        assertEquals("Café au lait", cards(html).get(0));
        assertEquals("Clip 119", cards(html).get(119));
        assertTrue(html.contains("<a class=\"step\" rel=\"next\" href=\"/reel/browse/big/?page=2\">"), html);
        assertTrue(html.contains("<a href=\"/reel/browse/big/?page=84\"><span class=\"visually-hidden\">Page </span>84</a>"), html);
        assertFalse(html.contains("rel=\"prev\""), html);
        assertTrue(html.contains("Filter all 10,001 videos in this folder"), html);
    }

    @Test
    @Order(2)
    void theLastPageHoldsTheRestAndNoPageIsPastIt() throws Exception {
        String html = page("?page=84");

        assertEquals(VIDEOS - 83 * 120, cards(html).size());
        assertEquals("Clip 10000", cards(html).get(cards(html).size() - 1));
        assertTrue(html.contains("<a class=\"step\" rel=\"prev\" href=\"/reel/browse/big/?page=83\">"), html);
        assertFalse(html.contains("rel=\"next\""), html);
        assertEquals(Optional.of(FOLDER + "?page=84"), redirect("?page=85"));
        assertEquals(Optional.of(FOLDER), redirect("?page=x"));
    }

    @Test
    @Order(3)
    void sortsTheWholeFolder() throws Exception {
        assertEquals(List.of("Clip 10000", "Clip 9999"), cards(page("?sort=largest")).subList(0, 2));
        assertEquals("Clip 9880", cards(page("?sort=largest&page=2")).get(0));
        assertEquals("Clip " + newest(), cards(page("?sort=newest")).get(0));
        assertEquals("Café au lait", cards(page("?sort=longest")).get(0), "the only one whose length is known");
        assertTrue(page("?sort=newest").contains("<a href=\"/reel/browse/big/?sort=newest\" aria-current=\"true\">Newest</a>"));
    }

    @Test
    @Order(4)
    void theFilterFindsAnyVideoInTheFolder() throws Exception {
        assertEquals(List.of("Café au lait"), cards(page("?q=CAFE")));
        assertEquals(List.of("Clip 9999"), cards(page("?q=clip%209999")));
        String manyPages = page("?q=clip%201&sort=largest");
        assertTrue(manyPages.contains("rel=\"next\" href=\"/reel/browse/big/?q=clip%201&amp;sort=largest&amp;page=2\""), manyPages);
        assertEquals("Clip 10000", cards(manyPages).get(0));
    }

    /** After each change the folder's time is set back to a settled one, as hours later, so what was kept is used. */
    @Test
    @Order(5)
    void changesShowAtTheNextView() throws Exception {
        AsyncStreamingIT.sparse(big.resolve("Zebra.mp4"), 10);
        assertEquals(List.of("Zebra"), cards(page("?q=zebra")));
        settle(1);
        assertEquals(List.of("Zebra"), cards(page("?q=zebra")));

        Files.move(big.resolve("Zebra.mp4"), big.resolve("Yak.mp4"));
        settle(2);
        assertEquals(List.of(), cards(page("?q=zebra")));
        assertEquals(List.of("Yak"), cards(page("?q=yak")));

        Files.delete(big.resolve("Yak.mp4"));
        settle(3);
        assertEquals(List.of(), cards(page("?q=yak")));

        try (RandomAccessFile rewritten = new RandomAccessFile(big.resolve("Clip 5.mp4").toFile(), "rw")) {
            rewritten.setLength(20_000_000);
        }
        settle(3);
        String largest = page("?sort=largest");
        assertEquals("Clip 5", cards(largest).get(0), "rewritten in place: the folder's time did not change");
        assertTrue(largest.contains("<span class=\"name\">Clip 5</span><span class=\"meta\">MP4 · 19.1 MB</span>"), largest);
    }

    /**
     * Not a timed assertion: the ratio is printed for the record (docs/OPERATIONS.md, "Big folders").
     * Requests alternate, so both servers see the same machine at the same moments.
     */
    @Test
    @Order(6)
    void aWarmPageBesideDefaultServletsListingOfTheSameFolder() throws Exception {
        try (DefaultServletListing listing = DefaultServletListing.start(media)) {
            URI reelPage = server.uri(FOLDER);
            URI reelNewest = URI.create(reelPage + "?sort=newest");
            URI tomcatPage = listing.uri("/big/");
            assertEquals(200, CLIENT.send(HttpRequest.newBuilder(tomcatPage).build(), BodyHandlers.ofByteArray()).statusCode());
            Timing reel = new Timing(reelPage);
            Timing newest = new Timing(reelNewest);
            Timing tomcat = new Timing(tomcatPage);
            for (int round = 0; round < 40; round++) {
                boolean warmingUp = round < 10;
                reel.measure(warmingUp);
                tomcat.measure(warmingUp);
                newest.measure(warmingUp);
            }
            System.out.printf(Locale.ROOT, "%nLargeFolderIT: warm, median of %d, folder of %,d videos:%n"
                    + "  reel first page     %6.1f ms  %,9d bytes%n"
                    + "  reel, newest first  %6.1f ms  %,9d bytes%n"
                    + "  DefaultServlet list %6.1f ms  %,9d bytes%n"
                    + "  DefaultServlet / reel: %.1fx (name order), %.1fx (newest first)%n%n",
                    reel.samples.size(), VIDEOS, reel.median(), reel.bytes, newest.median(), newest.bytes,
                    tomcat.median(), tomcat.bytes, tomcat.median() / reel.median(), tomcat.median() / newest.median());
        }
    }

    private static final class Timing {
        private final URI uri;
        private final List<Double> samples = new ArrayList<>();
        private int bytes;

        Timing(URI uri) {
            this.uri = uri;
        }

        void measure(boolean warmingUp) throws Exception {
            long started = System.nanoTime();
            HttpResponse<byte[]> response = CLIENT.send(HttpRequest.newBuilder(uri).build(), BodyHandlers.ofByteArray());
            double millis = (System.nanoTime() - started) / 1e6;
            assertEquals(200, response.statusCode(), uri::toString);
            bytes = response.body().length;
            if (!warmingUp) {
                samples.add(millis);
            }
        }

        double median() {
            List<Double> sorted = samples.stream().sorted().toList();
            return sorted.get(sorted.size() / 2);
        }
    }

    /** A time for clip {@code i}, 0 to 9,999 s after T0, a permutation far from name order (7,919 is prime). */
    private static long shuffled(int i) {
        return (long) i * 7_919 % CLIPS;
    }

    private static int newest() {
        int newest = 1;
        for (int i = 1; i <= CLIPS; i++) {
            if (shuffled(i) > shuffled(newest)) {
                newest = i;
            }
        }
        return newest;
    }

    private static void settle(int step) throws Exception {
        Files.setLastModifiedTime(big, FileTime.from(T0.plusSeconds(CLIPS + step)));
    }

    private static String page(String query) throws Exception {
        HttpResponse<byte[]> response = get(FOLDER + query);
        assertEquals(200, response.statusCode(), query);
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    private static Optional<String> redirect(String query) throws Exception {
        HttpResponse<byte[]> response = get(FOLDER + query);
        assertEquals(302, response.statusCode(), query);
        return response.headers().firstValue("Location");
    }

    /** The path is encoded segment by segment; the query stays as written. */
    private static HttpResponse<byte[]> get(String pathAndQuery) throws Exception {
        int query = pathAndQuery.indexOf('?');
        URI uri = query < 0 ? server.uri(pathAndQuery)
                : URI.create(server.uri(pathAndQuery.substring(0, query)) + pathAndQuery.substring(query));
        return CLIENT.send(HttpRequest.newBuilder(uri).build(), BodyHandlers.ofByteArray());
    }

    private static List<String> cards(String html) {
        List<String> names = new ArrayList<>();
        Matcher card = CARD_NAME.matcher(html);
        while (card.find()) {
            names.add(card.group(1));
        }
        return names;
    }
}
