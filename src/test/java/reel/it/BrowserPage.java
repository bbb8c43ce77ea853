package reel.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One Chromium window on a {@link ReelServer}: open reel's paths, run a line of script, wait for a
 * condition in the page with a generous bound (never a fixed sleep), press keys, take screenshots and
 * read the console. {@link #close()} ends the browser and its driver.
 */
final class BrowserPage implements AutoCloseable {

    /** How long a condition may take: generous, as a loaded CI machine decodes video slowly. */
    static final Duration PATIENCE = Duration.ofSeconds(30);

    private final ChromeDriver driver;
    private final ReelServer server;
    private final Path screenshots;

    BrowserPage(ChromeDriver driver, ReelServer server, Path screenshots) {
        this.driver = driver;
        this.server = server;
        this.screenshots = screenshots;
    }

    /** A decoded path, each segment encoded on the way, and a query after {@code ?}, sent as written. */
    void open(String path) {
        int query = path.indexOf('?');
        driver.get(query < 0 ? server.uri(path).toString() : server.uri(path.substring(0, query)) + path.substring(query));
    }

    /** A page of another server than this window's own, such as a second reel started by one test. */
    void open(java.net.URI uri) {
        driver.get(uri.toString());
    }

    void reload() {
        driver.navigate().refresh();
    }

    String url() {
        return driver.getCurrentUrl();
    }

    WebElement find(String cssSelector) {
        return driver.findElement(By.cssSelector(cssSelector));
    }

    List<WebElement> findAll(String cssSelector) {
        return driver.findElements(By.cssSelector(cssSelector));
    }

    /** Waits until {@code condition}, a script returning a boolean, returns true. */
    void waitFor(String what, String condition) {
        new WebDriverWait(driver, PATIENCE)
                .withMessage(() -> "waiting for " + what + " on " + driver.getCurrentUrl())
                .until(browser -> Boolean.TRUE.equals(((JavascriptExecutor) browser).executeScript(condition)));
    }

    /** Runs a script; a returned promise is awaited, as WebDriver's Execute Script does. */
    Object script(String script) {
        return driver.executeScript(script);
    }

    double number(String script) {
        return ((Number) script(script)).doubleValue();
    }

    String text(String script) {
        return String.valueOf(script(script));
    }

    /** Keys as a person types them, to whatever has focus. */
    void press(CharSequence key) {
        new Actions(driver).sendKeys(key).perform();
    }

    void resize(Dimension size) {
        driver.manage().window().setSize(size);
    }

    /** What {@code prefers-color-scheme} says from now on: dark, or the system's setting again. */
    void prefersDark(boolean dark) {
        List<Map<String, String>> features = dark
                ? List.of(Map.of("name", "prefers-color-scheme", "value", "dark")) : List.of();
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", features));
    }

    void screenshot(String name) throws IOException {
        Files.write(screenshots.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    }

    /** Errors on the console since the last call: script errors, failed loads, Content-Security-Policy violations. */
    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
