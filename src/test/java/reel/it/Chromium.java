package reel.it;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven by Debian's chromedriver, both given by path, so Selenium never
 * looks for (or downloads) a browser or driver of its own: Selenium Manager runs only when the driver's
 * path is unknown. The paths default to where {@code apt-get install chromium chromium-driver} puts
 * them and can be changed with {@code -Dreel.chromium=...} and {@code -Dreel.chromedriver=...}.
 */
final class Chromium {

    static final String INSTALL_COMMAND = "apt-get install chromium chromium-driver";
    static final Path BROWSER = Path.of(System.getProperty("reel.chromium", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("reel.chromedriver", "/usr/bin/chromedriver"));

    private Chromium() {
    }

    /** What is missing to run a real browser, in words; empty when both are there. */
    static List<String> missing() {
        List<String> missing = new ArrayList<>();
        if (!Files.isExecutable(BROWSER)) {
            missing.add("the browser " + BROWSER);
        }
        if (!Files.isExecutable(DRIVER)) {
            missing.add("the driver " + DRIVER);
        }
        return missing;
    }

    /** Whether a missing browser fails the build: on CI it must run, as .ci/run installs it first. */
    static boolean isRequired() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    static ChromeDriver start(int width, int height) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                // Containers give /dev/shm 64 MB, which a renderer playing video can outgrow.
                "--disable-dev-shm-usage",
                // The test starts playback from script, as a click would; there is no one to hear it.
                "--autoplay-policy=no-user-gesture-required",
                "--mute-audio",
                "--window-size=" + width + "," + height);
        // The page's console, so the test can fail on script errors and CSP violations.
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .withLogFile(new File(System.getProperty("reel.war.dir", "target/reel") + "/../chromedriver.log"))
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return driver;
    }
}
