package reel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * reel in a real browser: Debian's headless Chromium against the built WAR in Tomcat, over the sample
 * media. It filters the library, plays, seeks, loads subtitles (WebVTT and converted SubRip), uses the
 * keyboard, resumes after a reload, and saves screenshots under {@code target/screenshots/}.
 *
 * <p>Selenium rather than Playwright: Selenium speaks W3C WebDriver to the chromedriver that Debian
 * builds for its own Chromium, so browser and driver always match and nothing is downloaded. Playwright
 * for Java ships a Node.js driver and expects its own patched browser builds; pointing it at a
 * distribution Chromium works only while the CDP versions happen to agree.
 *
 * <p>Waits poll the page with a generous bound ({@link #PATIENCE}); nothing sleeps for a fixed time.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@EnabledIf(value = "canRun", disabledReason = "no Chromium here; install it with: " + Chromium.INSTALL_COMMAND)
final class BrowserIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Dimension DESKTOP = new Dimension(1366, 900);
    private static final Dimension PHONE = new Dimension(390, 844);
    private static final String PLAYER = "/reel/watch/Test Pattern.mp4";
    // As Windows tools write it: byte order mark, CRLF and comma decimals; the converter must cope.
    private static final String SUBRIP = "\uFEFF1\r\n00:00:00,500 --> 00:00:05,000\r\nColour bars and a 1 kHz tone\r\n";

    @TempDir
    static Path media;
    private static ReelServer server;
    private static ChromeDriver browser;
    private static Path screenshots;

    @BeforeAll
    static void start() throws Exception {
        List<String> missing = Chromium.missing();
        if (!missing.isEmpty()) {
            fail(whatIsMissing(missing) + " (CI=true: the browser test may not be skipped)");
        }
        copySampleMedia(media);
        Files.write(media.resolve("Shorts/Bars and tone.srt"), SUBRIP.getBytes(StandardCharsets.UTF_8));
        screenshots = Files.createDirectories(Path.of(System.getProperty("reel.war.dir")).resolveSibling("screenshots"));
        server = ReelServer.start(media);
        browser = Chromium.start(DESKTOP.width, DESKTOP.height);
    }

    @AfterAll
    static void stop() throws Exception {
        try {
            if (browser != null) {
                browser.quit();
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
        open("/reel/");
        waitFor("a poster frame", "return document.querySelectorAll('.thumb.loaded').length === 1");
        screenshot("library-desktop");

        WebElement filter = browser.findElement(By.id("filter"));
        filter.sendKeys("patt");
        assertEquals(List.of("Test Pattern"), visibleNames());
        assertEquals("1 match", browser.findElement(By.id("filter-status")).getText());
        filter.sendKeys("x");
        assertEquals(List.of(), visibleNames());
        filter.sendKeys(Keys.ESCAPE);
        assertEquals(List.of("Shorts", "Test Pattern"), visibleNames());

        filter.sendKeys("test");
        browser.findElement(By.cssSelector(".cards > li:not([hidden]) a.video")).click();
        waitFor("the player page", "return document.getElementById('video') !== null");
        assertTrue(browser.getCurrentUrl().endsWith("/reel/watch/Test%20Pattern.mp4"), browser.getCurrentUrl());
    }

    @Test
    @Order(2)
    void thePlayerLoadsTheDurationAndPlays() {
        open(PLAYER);
        waitFor("metadata", "return document.getElementById('video').readyState >= 1");
        assertEquals(30.0, number("return document.getElementById('video').duration"), 0.5);

        play();
        waitFor("currentTime to advance", "return document.getElementById('video').currentTime > 1");
        assertEquals("", text("return document.getElementById('video').error ? 'error' : ''"));
    }

    @Test
    @Order(3)
    void aSeekNearTheEndPlaysOnFromThere() {
        open(PLAYER);
        waitFor("metadata", "return document.getElementById('video').readyState >= 1");
        play();
        double seekTo = number("const v = document.getElementById('video'); v.currentTime = v.duration - 3;"
                + " return v.duration - 3");
        waitFor("playback past the seek point", "const v = document.getElementById('video');"
                + " return v.currentTime > " + (seekTo + 1) + " || v.ended");
        assertTrue(number("return document.getElementById('video').currentTime") > seekTo + 1);
    }

    @Test
    @Order(4)
    void theWebVttSubtitlesLoad() {
        open(PLAYER);
        waitFor("the subtitle track", "const t = document.querySelector('track');"
                + " return t.readyState === 2 && t.track.cues.length > 0");
        assertEquals("Seconds 0 to 5: SMPTE HD colour bars.\n[beep every second, high beep at each section start]",
                text("return document.querySelector('track').track.cues[0].text"));
    }

    @Test
    @Order(5)
    void subRipSubtitlesArriveConvertedToWebVtt() {
        open("/reel/watch/Shorts/Bars and tone.webm");
        waitFor("metadata", "return document.getElementById('video').readyState >= 1");
        assertEquals(6.0, number("return document.getElementById('video').duration"), 0.5);
        waitFor("the converted track", "const t = document.querySelector('track');"
                + " return t.readyState === 2 && t.track.cues.length === 1");
        assertEquals("Colour bars and a 1 kHz tone", text("return document.querySelector('track').track.cues[0].text"));
        assertEquals(0.5, number("return document.querySelector('track').track.cues[0].startTime"), 0.001);
    }

    @Test
    @Order(6)
    void keyboardShortcutsSeekAndOpenTheHelp() throws IOException {
        open(PLAYER);
        waitFor("metadata", "return document.getElementById('video').readyState >= 1");
        script("const v = document.getElementById('video'); v.pause(); v.currentTime = 4;");
        waitFor("the seek to 4 s", "const v = document.getElementById('video'); return !v.seeking && v.currentTime === 4");

        press("l");
        assertEquals(14.0, number("return document.getElementById('video').currentTime"), 0.01);
        press(Keys.ARROW_LEFT);
        assertEquals(9.0, number("return document.getElementById('video').currentTime"), 0.01);
        press(">");
        assertEquals(1.25, number("return document.getElementById('video').playbackRate"), 0.001);
        press("m");
        assertEquals("true", text("return String(document.getElementById('video').muted)"));

        press("?");
        assertEquals("true", text("return String(document.getElementById('shortcuts').open)"));
        screenshot("shortcuts-desktop");
        press(Keys.ESCAPE);
        assertEquals("false", text("return String(document.getElementById('shortcuts').open)"));
    }

    @Test
    @Order(7)
    void theLastPositionIsRestoredAfterAReload() {
        open(PLAYER);
        waitFor("metadata", "return document.getElementById('video').readyState >= 1");
        script("const v = document.getElementById('video'); v.pause(); v.currentTime = 12.5;");
        waitFor("the position to be saved", "return (localStorage.getItem('reel:position:/Test Pattern.mp4') || '')"
                + ".includes('12.5')");

        browser.navigate().refresh();
        waitFor("the restored position", "const v = document.getElementById('video');"
                + " return v.readyState >= 1 && Math.abs(v.currentTime - 12.5) < 0.01");
        assertEquals("Resumed at 0:12.", browser.findElement(By.id("resume-text")).getText());
    }

    @Test
    @Order(8)
    void screenshotsOfThePlayerAndOfPhoneSizes() throws IOException {
        // Start unresumed, so the pictures show a first visit; from a page without a player, which would save again.
        open("/reel/");
        script("localStorage.clear()");
        open(PLAYER);
        waitFor("metadata", "return document.getElementById('video').readyState >= 1");
        // A frame with colour bars and the first subtitle on screen, paused so the picture is still.
        script("const v = document.getElementById('video'); v.pause(); v.currentTime = 2;");
        waitFor("the frame at 2 s", "const v = document.getElementById('video');"
                + " return !v.seeking && v.readyState >= 2 && v.currentTime === 2");
        screenshot("player-desktop");

        browser.manage().window().setSize(PHONE);
        try {
            // A video in a folder, so the picture shows the links to the previous and next one too.
            open("/reel/watch/Shorts/Mandelbrot zoom.mp4");
            waitFor("the first frame", "return document.getElementById('video').readyState >= 2");
            assertEquals("Bars and tone", browser.findElement(By.cssSelector("a[rel=prev] .name")).getText());
            screenshot("player-phone");
            open("/reel/browse/Shorts/");
            waitFor("the poster frames", "return document.querySelectorAll('.thumb.loaded').length === 2");
            screenshot("library-phone");
            // The same with the system in dark mode, which the stylesheet follows.
            browser.executeCdpCommand("Emulation.setEmulatedMedia",
                    Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
            open("/reel/browse/Shorts/");
            waitFor("the poster frames", "return document.querySelectorAll('.thumb.loaded').length === 2");
            assertEquals("rgb(17, 19, 24)", text("return getComputedStyle(document.body).backgroundColor"));
            screenshot("library-phone-dark");
        } finally {
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
            browser.manage().window().setSize(DESKTOP);
        }
    }

    /**
     * Anything the page logs as an error fails the test that caused it: a script error, a resource that
     * did not load, or a Content-Security-Policy violation, which Chromium reports on the console.
     */
    @AfterEach
    void theConsoleHasNoErrors() {
        List<String> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
        assertEquals(List.of(), errors);
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

    private static String whatIsMissing(List<String> missing) {
        return "The real-browser test (BrowserIT) needs " + String.join(" and ", missing)
                + ". Install what it needs with: " + Chromium.INSTALL_COMMAND;
    }

    private static void copySampleMedia(Path target) throws IOException {
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

    private static void open(String path) {
        browser.get(server.uri(path).toString());
    }

    private static void play() {
        Object result = script("return document.getElementById('video').play().then(() => 'playing', e => String(e))");
        assertEquals("playing", result);
    }

    private static void press(CharSequence key) {
        new Actions(browser).sendKeys(key).perform();
    }

    private static List<String> visibleNames() {
        return browser.findElements(By.cssSelector(".cards > li:not([hidden]) .name")).stream()
                .filter(WebElement::isDisplayed).map(WebElement::getText).toList();
    }

    private static void waitFor(String what, String condition) {
        new WebDriverWait(browser, PATIENCE)
                .withMessage(() -> "waiting for " + what + " on " + browser.getCurrentUrl())
                .until(driver -> Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(condition)));
    }

    private static Object script(String script) {
        return browser.executeScript(script);
    }

    private static double number(String script) {
        return ((Number) script(script)).doubleValue();
    }

    private static String text(String script) {
        return String.valueOf(script(script));
    }

    private static void screenshot(String name) throws IOException {
        Files.write(screenshots.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }
}
