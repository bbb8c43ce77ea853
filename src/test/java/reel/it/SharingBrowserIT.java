package reel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.catalina.realm.MemoryRealm;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.support.ui.Select;

/**
 * Sign-in and share links in a real browser (issue 14): reel with {@code reel.access.role} and
 * {@code reel.share.secret} over a realm holding one user, as {@code tomcat-users.xml} would. A signed-in
 * Chromium plays a video, makes a share link from the player's form and reads it off the page; a second
 * Chromium with a fresh profile, which never signed in, plays and seeks through the link, while the
 * library itself asks it to sign in. Skipped or failed without Chromium by {@link BrowserIT}'s rules.
 *
 * <p>Sign-in is BASIC, as web.xml declares it: the first navigation carries the credentials in the URL
 * ({@code http://ana:...@127.0.0.1/...}), and Chromium keeps them for the realm and answers every later
 * challenge with them, the video's range requests included, as it does for a person who typed them into
 * its prompt.
 */
@EnabledIf(value = "reel.it.BrowserIT#canRun", disabledReason = "no Chromium here; install it with: " + Chromium.INSTALL_COMMAND)
final class SharingBrowserIT {

    private static final int WIDTH = 1366;
    private static final int HEIGHT = 900;
    private static final String ROLE = "reel-viewer";
    private static final String USER = "ana";
    private static final String PASSWORD = "change-me-too";
    private static final String SECRET = "q3T0nX9pWm2cVb7LrYs5Hd8KfJa1Ez4GuQo6Ni0Rt2w";
    private static final String PLAYER = "/reel/watch/Test Pattern.mp4";
    private static final String USERS = """
            <tomcat-users>
              <role rolename="%s"/>
              <user username="%s" password="%s" roles="%s"/>
            </tomcat-users>
            """.formatted(ROLE, USER, PASSWORD, ROLE);
    private static final String METADATA = "return document.getElementById('video').readyState >= 1";

    @TempDir
    static Path media;
    @TempDir
    static Path conf;
    private static ReelServer server;
    private static Path screenshots;

    @BeforeAll
    static void start() throws Exception {
        List<String> missing = Chromium.missing();
        if (!missing.isEmpty()) {
            fail(BrowserIT.whatIsMissing(missing) + " (CI=true: the browser test may not be skipped)");
        }
        BrowserIT.copySampleMedia(media);
        screenshots = Files.createDirectories(Path.of(System.getProperty("reel.war.dir")).resolveSibling("screenshots"));
        Path users = Files.writeString(conf.resolve("tomcat-users.xml"), USERS, StandardCharsets.UTF_8);
        MemoryRealm realm = new MemoryRealm();
        realm.setPathname(users.toString());
        server = ReelServer.start(media, Map.of("reel.access.role", ROLE, "reel.share.secret", SECRET), realm);
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aSignedInUserSharesAVideoThatAFreshBrowserPlaysWithoutSigningIn() throws Exception {
        String link;
        try (BrowserPage signedIn = new BrowserPage(Chromium.start(WIDTH, HEIGHT), server, screenshots)) {
            signedIn.open(signedIn(PLAYER));
            signedIn.waitFor("metadata", METADATA);
            assertTrue(signedIn.find("header").getText().contains(USER), "the header names who is signed in");
            play(signedIn);
            signedIn.waitFor("currentTime to advance", "return document.getElementById('video').currentTime > 1");

            new Select(signedIn.find("#share-for")).selectByVisibleText("1 day");
            signedIn.script("document.getElementById('video').pause()");
            signedIn.screenshot("share-form-desktop");
            checkAccessibility(signedIn, "the player with its share form");
            signedIn.find("form.share button[type=submit]").click();
            signedIn.waitFor("the share page", "return document.getElementById('share-link') !== null");
            link = signedIn.find("#share-link").getDomProperty("value");
            assertTrue(link.startsWith(server.uri(PLAYER) + "?share="), link);
            assertTrue(signedIn.find(".message").getText().contains("Test Pattern"));
            signedIn.screenshot("share-link-desktop");
            checkAccessibility(signedIn, "the share page");
            assertEquals(List.of(), signedIn.consoleErrors());
        }

        // A new Chromium with a fresh profile: no credentials, no cache, nothing of the first one.
        try (BrowserPage anyone = new BrowserPage(Chromium.start(WIDTH, HEIGHT), server, screenshots)) {
            anyone.open(URI.create(link));
            anyone.waitFor("metadata", METADATA);
            assertEquals(30.0, anyone.number("return document.getElementById('video').duration"), 0.5);
            play(anyone);
            anyone.waitFor("currentTime to advance", "return document.getElementById('video').currentTime > 1");
            anyone.script("const v = document.getElementById('video'); v.currentTime = 20;");
            anyone.waitFor("playback past the seek point", "const v = document.getElementById('video');"
                    + " return !v.seeking && v.readyState >= 2 && v.currentTime > 21");
            assertEquals("", anyone.text("return document.getElementById('video').error ? 'error' : ''"));
            assertEquals(List.of(), anyone.consoleErrors());

            // The link opens that one video; the library asks this browser to sign in.
            anyone.open(server.uri("/reel/"));
            assertEquals(401L, anyone.script("return performance.getEntriesByType('navigation')[0].responseStatus"));
            assertEquals(List.of(), anyone.consoleErrors().stream().filter(error -> !error.contains(" 401 ")).toList());
        }
    }

    /** axe's rules on the page as it is, light and dark; the stylesheet follows the theme without a reload. */
    private static void checkAccessibility(BrowserPage page, String what) throws Exception {
        Axe.Installation installation = Axe.install(Path.of(System.getProperty("reel.war.dir")).resolveSibling("axe"));
        if (installation instanceof Axe.Unavailable unavailable) {
            String reason = "The accessibility check needs axe-core: " + unavailable.reason();
            if (Chromium.isRequired()) {
                fail(reason + " (CI=true: the accessibility check may not be skipped)");
            }
            Assumptions.abort(reason);
        }
        Axe.Ready axe = (Axe.Ready) installation;
        for (boolean dark : List.of(false, true)) {
            page.prefersDark(dark);
            try {
                List<String> violations = axe.violations(page);
                assertTrue(violations.isEmpty(), () -> violations.size() + " accessibility violations on " + what
                        + " (dark " + dark + "):\n" + String.join("\n", violations));
            } finally {
                page.prefersDark(false);
            }
        }
    }

    /** The URL of a decoded path with the user's credentials in it, as a person might type it. */
    private static URI signedIn(String path) {
        URI plain = server.uri(path);
        return URI.create(plain.getScheme() + "://" + USER + ":" + PASSWORD + "@" + plain.getRawAuthority()
                + plain.getRawPath());
    }

    private static void play(BrowserPage page) {
        Object result = page.script("return document.getElementById('video').play().then(() => 'playing', e => String(e))");
        assertEquals("playing", result);
    }
}
