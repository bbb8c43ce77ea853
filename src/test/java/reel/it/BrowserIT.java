package reel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * reel in a real browser: Debian's headless Chromium against the built WAR in Tomcat, over the sample
 * media. It filters the library, plays, seeks, loads subtitles (WebVTT and converted SubRip), uses the
 * keyboard, resumes after a reload, continues watching from the library, pages, sorts and filters a big
 * folder, searches the library from the header, runs axe-core's accessibility rules on each kind of page
 * ({@link Axe}), and saves screenshots under {@code target/screenshots/}.
 *
 * <p>Selenium rather than Playwright: Selenium speaks W3C WebDriver to the chromedriver that Debian
 * builds for its own Chromium, so browser and driver always match and nothing is downloaded. Playwright
 * for Java ships a Node.js driver and expects its own patched browser builds; pointing it at a
 * distribution Chromium works only while the CDP versions happen to agree.
 *
 * <p>Waits poll the page with a generous bound ({@link BrowserPage#PATIENCE}); nothing sleeps for a fixed time.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@EnabledIf(value = "canRun", disabledReason = "no Chromium here; install it with: " + Chromium.INSTALL_COMMAND)
final class BrowserIT {

    private static final Dimension DESKTOP = new Dimension(1366, 900);
    private static final Dimension PHONE = new Dimension(390, 844);
    private static final String PLAYER = "/reel/watch/Test Pattern.mp4";
    // As Windows tools write it: byte order mark, CRLF and comma decimals; the converter must cope.
    // A page that is not there: the not-found page.
    private static final String GONE = "/reel/watch/Gone.mp4";
    /** The pages axe checks, each in light and dark; checking another page is one more line here. */
    private static final List<String> CHECKED_PAGES = List.of(
            "/reel/",
            "/reel/browse/Shorts/",
            "/reel/search?q=zoom",
            PLAYER,
            GONE);
    // A page is checked once its script is done: the player has its metadata, nothing is marked busy.
    private static final String SETTLED = "return document.readyState === 'complete'"
            + " && Array.from(document.querySelectorAll('video[controls]')).every(video => video.readyState >= 1)"
            + " && document.querySelector('[aria-busy=true]') === null";
    // Positions as players before the continue-watching row saved them (no title, length or link), one of
    // them of a video since deleted; and one saved by another reel on the same site.
    private static final String OLDER_POSITIONS = """
            localStorage.setItem('reel:position:/Shorts/Mandelbrot zoom.mp4',
                JSON.stringify({position: 7, saved: Date.now() - 60000}));
            localStorage.setItem('reel:position:/Gone.mp4', JSON.stringify({position: 20, saved: Date.now() - 120000}));
            localStorage.setItem('reel:position:/Elsewhere.mp4', JSON.stringify({position: 9, saved: Date.now(),
                duration: 60, title: 'Elsewhere', href: '/films/watch/Elsewhere.mp4'}));
            localStorage.setItem('reel:position:/Unreadable.mp4', '{');
            """;
    // A position as the player saves it now.
    private static final String CURRENT_POSITION = """
            localStorage.setItem('reel:position:/Test Pattern.mp4', JSON.stringify({position: 12, saved: Date.now(),
                duration: 30, title: 'Test Pattern', href: '/reel/watch/Test%20Pattern.mp4'}));
            """;
    private static final String ROW_SHOWN = "return !document.getElementById('continue').hidden"
            + " && !document.getElementById('continue').hasAttribute('aria-busy')";
    private static final String SUBRIP = "\uFEFF1\r\n00:00:00,500 --> 00:00:05,000\r\nColour bars and a 1 kHz tone\r\n";

    @TempDir
    static Path media;
    private static ReelServer server;
    private static BrowserPage page;
    private static Axe.Installation axe;

    @BeforeAll
    static void start() throws Exception {
        List<String> missing = Chromium.missing();
        if (!missing.isEmpty()) {
            fail(whatIsMissing(missing) + " (CI=true: the browser test may not be skipped)");
        }
        copySampleMedia(media);
        Files.write(media.resolve("Shorts/Bars and tone.srt"), SUBRIP.getBytes(StandardCharsets.UTF_8));
        Path screenshots = Files.createDirectories(
                Path.of(System.getProperty("reel.war.dir")).resolveSibling("screenshots"));
        server = ReelServer.start(media);
        page = new BrowserPage(Chromium.start(DESKTOP.width, DESKTOP.height), server, screenshots);
    }

    @AfterAll
    static void stop() throws Exception {
        try {
            if (page != null) {
                page.close();
            }
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }

    @Test
    @Order(1)
    void theLibraryFiltersAsYouTypeAndDrawsPosters() throws IOException {
        page.open("/reel/");
        page.waitFor("a poster frame", "return document.querySelectorAll('.group .thumb.loaded').length === 1");
        page.screenshot("library-desktop");

        WebElement filter = page.find("#filter");
        filter.sendKeys("patt");
        assertEquals(List.of("Test Pattern"), visibleNames());
        assertEquals("1 match", page.find("#filter-status").getText());
        filter.sendKeys("x");
        assertEquals(List.of(), visibleNames());
        filter.sendKeys(Keys.ESCAPE);
        assertEquals(List.of("Shorts", "Test Pattern"), visibleNames());

        filter.sendKeys("test");
        page.find(".cards > li:not([hidden]) a.video").click();
        page.waitFor("the player page", "return document.getElementById('video') !== null");
        assertTrue(page.url().endsWith("/reel/watch/Test%20Pattern.mp4"), page.url());
    }

    @Test
    @Order(2)
    void thePlayerLoadsTheDurationAndPlays() {
        page.open(PLAYER);
        page.waitFor("metadata", "return document.getElementById('video').readyState >= 1");
        assertEquals(30.0, page.number("return document.getElementById('video').duration"), 0.5);

        play();
        page.waitFor("currentTime to advance", "return document.getElementById('video').currentTime > 1");
        assertEquals("", page.text("return document.getElementById('video').error ? 'error' : ''"));
    }

    @Test
    @Order(3)
    void aSeekNearTheEndPlaysOnFromThere() {
        page.open(PLAYER);
        page.waitFor("metadata", "return document.getElementById('video').readyState >= 1");
        play();
        double seekTo = page.number("const v = document.getElementById('video'); v.currentTime = v.duration - 3;"
                + " return v.duration - 3");
        page.waitFor("playback past the seek point", "const v = document.getElementById('video');"
                + " return v.currentTime > " + (seekTo + 1) + " || v.ended");
        assertTrue(page.number("return document.getElementById('video').currentTime") > seekTo + 1);
    }

    @Test
    @Order(4)
    void theWebVttSubtitlesLoad() {
        page.open(PLAYER);
        page.waitFor("the subtitle track", "const t = document.querySelector('track');"
                + " return t.readyState === 2 && t.track.cues.length > 0");
        assertEquals("Seconds 0 to 5: SMPTE HD colour bars.\n[beep every second, high beep at each section start]",
                page.text("return document.querySelector('track').track.cues[0].text"));
    }

    @Test
    @Order(5)
    void subRipSubtitlesArriveConvertedToWebVtt() {
        page.open("/reel/watch/Shorts/Bars and tone.webm");
        page.waitFor("metadata", "return document.getElementById('video').readyState >= 1");
        assertEquals(6.0, page.number("return document.getElementById('video').duration"), 0.5);
        page.waitFor("the converted track", "const t = document.querySelector('track');"
                + " return t.readyState === 2 && t.track.cues.length === 1");
        assertEquals("Colour bars and a 1 kHz tone", page.text("return document.querySelector('track').track.cues[0].text"));
        assertEquals(0.5, page.number("return document.querySelector('track').track.cues[0].startTime"), 0.001);
    }

    @Test
    @Order(6)
    void keyboardShortcutsSeekAndOpenTheHelp() throws IOException {
        page.open(PLAYER);
        page.waitFor("metadata", "return document.getElementById('video').readyState >= 1");
        page.script("const v = document.getElementById('video'); v.pause(); v.currentTime = 4;");
        page.waitFor("the seek to 4 s", "const v = document.getElementById('video'); return !v.seeking && v.currentTime === 4");

        page.press("l");
        assertEquals(14.0, page.number("return document.getElementById('video').currentTime"), 0.01);
        page.press(Keys.ARROW_LEFT);
        assertEquals(9.0, page.number("return document.getElementById('video').currentTime"), 0.01);
        page.press(">");
        assertEquals(1.25, page.number("return document.getElementById('video').playbackRate"), 0.001);
        page.press("m");
        assertEquals("true", page.text("return String(document.getElementById('video').muted)"));

        page.press("?");
        assertEquals("true", page.text("return String(document.getElementById('shortcuts').open)"));
        page.screenshot("shortcuts-desktop");
        page.press(Keys.ESCAPE);
        assertEquals("false", page.text("return String(document.getElementById('shortcuts').open)"));
    }

    @Test
    @Order(7)
    void theLastPositionIsRestoredAfterAReload() {
        page.open(PLAYER);
        page.waitFor("metadata", "return document.getElementById('video').readyState >= 1");
        page.script("const v = document.getElementById('video'); v.pause(); v.currentTime = 12.5;");
        page.waitFor("the position to be saved", "return (localStorage.getItem('reel:position:/Test Pattern.mp4') || '')"
                + ".includes('12.5')");

        page.reload();
        page.waitFor("the restored position", "const v = document.getElementById('video');"
                + " return v.readyState >= 1 && Math.abs(v.currentTime - 12.5) < 0.01");
        assertEquals("Resumed at 0:12.", page.find("#resume-text").getText());
    }

    @Test
    @Order(8)
    void screenshotsOfThePlayerAndOfPhoneSizes() throws IOException {
        // Start unresumed, so the pictures show a first visit; from a page without a player, which would save again.
        page.open("/reel/");
        page.script("localStorage.clear()");
        page.open(PLAYER);
        page.waitFor("metadata", "return document.getElementById('video').readyState >= 1");
        // A frame with colour bars and the first subtitle on screen, paused so the picture is still.
        page.script("const v = document.getElementById('video'); v.pause(); v.currentTime = 2;");
        page.waitFor("the frame at 2 s", "const v = document.getElementById('video');"
                + " return !v.seeking && v.readyState >= 2 && v.currentTime === 2");
        page.screenshot("player-desktop");

        page.resize(PHONE);
        try {
            // A video in a folder, so the picture shows the links to the previous and next one too.
            page.open("/reel/watch/Shorts/Mandelbrot zoom.mp4");
            page.waitFor("the first frame", "return document.getElementById('video').readyState >= 2");
            assertEquals("Bars and tone", page.find("a[rel=prev] .name").getText());
            page.screenshot("player-phone");
            page.open("/reel/browse/Shorts/");
            page.waitFor("the poster frames", "return document.querySelectorAll('.thumb.loaded').length === 2");
            page.screenshot("library-phone");
            // The same with the system in dark mode, which the stylesheet follows.
            page.prefersDark(true);
            page.open("/reel/browse/Shorts/");
            page.waitFor("the poster frames", "return document.querySelectorAll('.thumb.loaded').length === 2");
            assertEquals("rgb(17, 19, 24)", page.text("return getComputedStyle(document.body).backgroundColor"));
            page.screenshot("library-phone-dark");
        } finally {
            page.prefersDark(false);
            page.resize(DESKTOP);
        }
    }

    /**
     * Beyond the stream budget the video is answered 503: the player says the server is busy, asks again
     * after the Retry-After the server gave, and plays once a place is free.
     */
    @Test
    @Order(9)
    void aBusyServerIsAskedAgainAndThePlayerRecovers() throws Exception {
        Path busyMedia = Files.createDirectories(media.resolveSibling(media.getFileName() + "-busy"));
        Files.copy(media.resolve("Test Pattern.mp4"), busyMedia.resolve("Test Pattern.mp4"));
        AsyncStreamingIT.sparse(busyMedia.resolve("long.mp4"), 1L << 30);
        try (ReelServer busy = ReelServer.start(busyMedia, Map.of("reel.max-streams", "1"));
                SlowClient holder = SlowClient.get(busy.port(), "/reel/video/long.mp4")) {
            holder.read(1);
            page.open(busy.uri(PLAYER));
            page.waitFor("the busy notice", "return document.getElementById('osd').textContent.includes('busy')");
            assertEquals(0.0, page.number("return document.getElementById('video').readyState"));
            holder.abort();
            page.waitFor("the metadata, after the retry", "return document.getElementById('video').readyState >= 1");
            assertEquals(30.0, page.number("return document.getElementById('video').duration"), 0.5);
        }
        // The browser reports each refused load on the console; nothing else may be there.
        assertEquals(List.of(), page.consoleErrors().stream().filter(error -> !error.contains("503")).toList());
    }

    /**
     * The library's continue-watching row lists the videos with a saved position, most recent first, with
     * how far in each is; a position saved by an older player shows as well as it can and is completed
     * when the video plays again, a video that is gone says so, and the keyboard removes them one by one.
     */
    @Test
    @Order(10)
    void theLibraryShowsWhatYouWereWatching() throws IOException {
        page.open("/reel/");
        page.script("localStorage.clear()");
        page.reload();
        assertFalse(page.find("#continue").isDisplayed());

        page.open(PLAYER);
        page.waitFor("metadata", "return document.getElementById('video').readyState >= 1");
        page.script("const v = document.getElementById('video'); v.pause(); v.currentTime = 12;");
        page.waitFor("the position to be saved", "return (localStorage.getItem('reel:position:/Test Pattern.mp4') || '')"
                + ".includes('\"position\":12,')");
        assertEquals("{\"duration\":30,\"href\":\"/reel/watch/Test%20Pattern.mp4\",\"title\":\"Test Pattern\"}",
                page.text("const saved = JSON.parse(localStorage.getItem('reel:position:/Test Pattern.mp4'));"
                        + " return JSON.stringify({duration: Math.round(saved.duration), href: saved.href, title: saved.title})"));
        page.script(OLDER_POSITIONS);

        page.open("/reel/");
        page.waitFor("the continue-watching row", ROW_SHOWN);
        assertEquals(List.of("Test Pattern\n0:12 of 0:30", "Mandelbrot zoom\nShorts · Stopped at 0:07",
                "Gone\nNo longer in the library"), continueCards());
        assertEquals(List.of("/reel/watch/Test%20Pattern.mp4", "/reel/watch/Shorts/Mandelbrot%20zoom.mp4"),
                page.findAll("#continue a.continued").stream().map(link -> link.getDomAttribute("href")).toList());
        assertEquals(0.4, page.number("const bar = document.querySelector('#continue progress');"
                + " return bar.value / bar.max"), 0.001);
        page.screenshot("continue-watching-desktop");
        page.prefersDark(true);
        try {
            page.reload();
            page.waitFor("the continue-watching row", ROW_SHOWN);
            page.screenshot("continue-watching-desktop-dark");
        } finally {
            page.prefersDark(false);
        }

        page.script("document.querySelectorAll('#continue .remove')[2].focus()");
        page.press(Keys.ENTER);
        assertEquals(List.of("Test Pattern", "Mandelbrot zoom"),
                page.findAll("#continue .name").stream().map(WebElement::getText).toList());
        assertEquals("Removed “Gone”.", page.find("#continue-status").getText());
        assertEquals("Remove “Mandelbrot zoom” from Continue watching", focused().getAccessibleName());
        assertEquals("null", page.text("return localStorage.getItem('reel:position:/Gone.mp4')"));
        // Space presses a button as Enter does; focus went to the previous card's button.
        page.press(Keys.SPACE);
        page.press(Keys.ENTER);
        assertEquals("Removed “Test Pattern”. Nothing left to continue.", page.find("#continue-status").getText());
        assertEquals("continue-heading", focused().getDomAttribute("id"));
        assertFalse(page.find("#continue-list").isDisplayed());

        // A position saved by an older player is saved whole once the video plays again.
        page.script("localStorage.setItem('reel:position:/Test Pattern.mp4', JSON.stringify({position: 12, saved: 1}))");
        page.open(PLAYER);
        page.waitFor("the position saved whole", "const saved = JSON.parse(localStorage.getItem("
                + "'reel:position:/Test Pattern.mp4')); return saved.title === 'Test Pattern' && saved.duration > 29");
        // Each look at the row asks for the deleted video, a 404 Chromium logs; nothing else may be there.
        assertEquals(List.of(), page.consoleErrors().stream().filter(error -> !error.contains(GONE)).toList());
    }

    static Stream<Arguments> checkedPagesInEachTheme() {
        return CHECKED_PAGES.stream()
                .flatMap(path -> Stream.of(Arguments.of(path, "light"), Arguments.of(path, "dark")));
    }

    /**
     * axe-core's WCAG 2.1 A and AA rules and best practices find nothing on each page, light and dark.
     * Positions are saved first, so the library shows its continue-watching row and the player its
     * resume note.
     */
    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("checkedPagesInEachTheme")
    @Order(100)
    void axeFindsNoAccessibilityViolations(String path, String theme) throws Exception {
        Axe.Ready axe = axe();
        page.open(path);
        page.script(OLDER_POSITIONS + CURRENT_POSITION);
        page.prefersDark(theme.equals("dark"));
        try {
            page.reload();
            page.waitFor("the page to settle", SETTLED);
            assertEquals(theme.equals("dark"), page.script("return matchMedia('(prefers-color-scheme: dark)').matches"));
            List<String> violations = axe.violations(page);
            assertTrue(violations.isEmpty(), () -> violations.size() + " accessibility violations on " + path
                    + " in the " + theme + " theme (axe-core " + Axe.VERSION + "):\n" + String.join("\n", violations));
        } finally {
            page.prefersDark(false);
        }
        // Opening the not-found page is a 404, which Chromium logs; nothing else may be on the console.
        assertEquals(List.of(), page.consoleErrors().stream().filter(error -> !error.contains(" 404 ")).toList());
    }

    /**
     * A folder of 131 videos, 130 of them links to one file: two pages, plain links between them, the
     * sort choice, and the filter asking the server as you type for videos on any page.
     */
    @Test
    @Order(11)
    void aBigFolderPagesSortsAndFiltersOnTheServer() throws Exception {
        Path bigMedia = Files.createDirectories(media.resolveSibling(media.getFileName() + "-big").resolve("Clips"));
        Path clip = Files.copy(media.resolve("Test Pattern.mp4"), bigMedia.resolve("Clip 1.mp4"));
        for (int i = 2; i <= 130; i++) {
            Files.createLink(bigMedia.resolve("Clip " + i + ".mp4"), clip);
        }
        Files.copy(media.resolve("Shorts/Mandelbrot zoom.mp4"), bigMedia.resolve("Mandelbrot zoom.mp4"));
        Files.setLastModifiedTime(bigMedia.resolve("Mandelbrot zoom.mp4"),
                java.nio.file.attribute.FileTime.from(Files.getLastModifiedTime(clip).toInstant().plusSeconds(60)));
        try (ReelServer big = ReelServer.start(bigMedia.getParent())) {
            page.open(big.uri("/reel/browse/Clips/"));
            page.waitFor("the first poster frames", "return document.querySelectorAll('.thumb.loaded').length >= 4");
            assertEquals(120, page.findAll(".cards > li").size());
            assertEquals("Clip 1", page.find(".cards > li .name").getText());
            page.screenshot("folder-paged-desktop");

            page.find("a[rel=next]").click();
            page.waitFor("the second page", "return location.search === '?page=2'");
            assertEquals(11, page.findAll(".cards > li").size());
            assertEquals("Page 2", page.text("return document.querySelector('.pages [aria-current=page]').textContent"));

            page.find(".sort a[href$='sort=newest']").click();
            page.waitFor("newest first", "return location.search === '?sort=newest'");
            assertEquals("Newest", page.find(".sort [aria-current]").getText());
            assertEquals("Mandelbrot zoom", page.find(".cards > li .name").getText());

            WebElement filter = page.find("#filter");
            filter.sendKeys("clip 125");
            page.waitFor("the server's answer", "return document.querySelectorAll('.cards > li').length === 1");
            assertEquals(List.of("Clip 125"), visibleNames());
            assertEquals("1 match", page.find("#filter-status").getText());
            assertTrue(page.url().endsWith("/reel/browse/Clips/?q=clip+125&sort=newest"), page.url());
            filter.sendKeys(Keys.ESCAPE);
            page.waitFor("every video again", "return document.querySelectorAll('.cards > li').length === 120");

            page.resize(PHONE);
            try {
                page.open(java.net.URI.create(big.uri("/reel/browse/Clips/") + "?page=2"));
                page.script("document.querySelector('.pages').scrollIntoView({block: 'end'})");
                page.waitFor("the last poster frame", "return document.querySelector('.cards > li:last-child .thumb')"
                        + ".classList.contains('loaded')");
                page.screenshot("folder-paged-phone");
            } finally {
                page.resize(DESKTOP);
            }
            // The paged folder's controls (sort, filter form, page links) pass axe too, light and dark.
            Axe.Ready axe = axe();
            for (boolean dark : List.of(false, true)) {
                page.prefersDark(dark);
                try {
                    page.open(java.net.URI.create(big.uri("/reel/browse/Clips/") + "?page=2&sort=newest"));
                    page.waitFor("the page to settle", SETTLED);
                    List<String> violations = axe.violations(page);
                    assertTrue(violations.isEmpty(), () -> violations.size() + " accessibility violations on the paged"
                            + " folder (dark " + dark + "):\n" + String.join("\n", violations));
                } finally {
                    page.prefersDark(false);
                }
            }
        }
    }

    /**
     * The header's search box is a plain form: typing and Enter open the results, each video linked with
     * the folder it is in; the library home's Recently added row shows the newest videos of every folder.
     */
    @Test
    @Order(12)
    void theHeaderSearchFindsVideosInEveryFolder() throws IOException {
        page.open("/reel/");
        page.waitFor("the Recently added row", "return document.querySelectorAll('.recent .card').length === 3");
        assertTrue(page.find(".recent").getText().contains("Mandelbrot zoom"));

        page.find("#library-search").sendKeys("mandel", Keys.ENTER);
        page.waitFor("the results", "return document.getElementById('found-videos') !== null");
        assertTrue(page.url().endsWith("/reel/search?q=mandel"), page.url());
        assertEquals("1 video matches \u201cmandel\u201d.", page.find(".search-summary").getText());
        assertEquals(List.of("Mandelbrot zoom"), page.findAll(".hits .hit .name").stream().map(WebElement::getText).toList());
        assertEquals("in Shorts", page.find(".hits .where").getText());
        assertEquals("mandel", page.find("#library-search").getAttribute("value"));
        page.screenshot("search-desktop");

        page.find(".hits .hit").click();
        page.waitFor("the player page", "return document.getElementById('video') !== null");
        assertTrue(page.url().endsWith("/reel/watch/Shorts/Mandelbrot%20zoom.mp4"), page.url());
    }

    /**
     * Anything the page logs as an error fails the test that caused it: a script error, a resource that
     * did not load, or a Content-Security-Policy violation, which Chromium reports on the console.
     */
    @AfterEach
    void theConsoleHasNoErrors() {
        assertEquals(List.of(), page.consoleErrors());
    }

    /**
     * Without Chromium the test is skipped, saying so plainly, except on CI, where it runs and
     * {@link #start()} fails: CI installs Chromium first, so a missing one is a broken machine.
     */
    static boolean canRun() {
        List<String> missing = Chromium.missing();
        if (missing.isEmpty() || Chromium.isRequired()) {
            return true;
        }
        System.out.println("\n*** BROWSER TEST SKIPPED *** " + whatIsMissing(missing) + "\n");
        return false;
    }

    /**
     * axe, installed with npm on first use. Without npm (or the registry) the check is skipped, saying so
     * plainly, except on CI, where .ci/run installs npm first, so a missing one is a broken machine.
     */
    private static Axe.Ready axe() throws IOException, InterruptedException {
        if (axe == null) {
            axe = Axe.install(Path.of(System.getProperty("reel.war.dir")).resolveSibling("axe"));
            if (axe instanceof Axe.Unavailable unavailable && !Chromium.isRequired()) {
                System.out.println("\n*** ACCESSIBILITY CHECK SKIPPED *** " + unavailable.reason() + "\n");
            }
        }
        if (axe instanceof Axe.Unavailable unavailable) {
            String reason = "The accessibility check needs axe-core: " + unavailable.reason();
            if (Chromium.isRequired()) {
                fail(reason + " (CI=true: the accessibility check may not be skipped)");
            }
            Assumptions.abort(reason);
        }
        return (Axe.Ready) axe;
    }

    static String whatIsMissing(List<String> missing) {
        return "The real-browser test (BrowserIT) needs " + String.join(" and ", missing)
                + ". Install what it needs with: " + Chromium.INSTALL_COMMAND;
    }

    static void copySampleMedia(Path target) throws IOException {
        Path sample = Path.of(System.getProperty("reel.sample.media"));
        try (Stream<Path> files = Files.walk(sample)) {
            for (Path file : files.filter(path -> !path.equals(sample)).toList()) {
                Path copy = target.resolve(sample.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    private static void play() {
        Object result = page.script("return document.getElementById('video').play().then(() => 'playing', e => String(e))");
        assertEquals("playing", result);
    }

    private static WebElement focused() {
        return (WebElement) page.script("return document.activeElement");
    }

    private static List<String> continueCards() {
        return page.findAll("#continue .continued").stream().map(WebElement::getText).toList();
    }

    private static List<String> visibleNames() {
        return page.findAll(".cards > li:not([hidden]) .name").stream()
                .filter(WebElement::isDisplayed).map(WebElement::getText).toList();
    }
}
