import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long headless Chromium takes from navigation start to the end of the load event for some pages
 * (Navigation Timing's {@code loadEventEnd}), driven by Debian's chromedriver over the WebDriver protocol,
 * so the benchmark needs no Selenium. Each navigation starts from {@code about:blank}, so that unloading
 * the page before is not counted; pages alternate, one round to warm up, then {@link #ROUNDS}. Empty when
 * the browser or the driver is not installed, as {@code apt-get install chromium chromium-driver} puts them.
 */
final class ChromiumRender {

    static final Path BROWSER = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final int ROUNDS = 5;
    static final String WINDOW = "1280,800";

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern SESSION = Pattern.compile("\"sessionId\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern NUMBER = Pattern.compile("\"value\"\\s*:\\s*([0-9.]+)");

    private final URI driver;
    private String session;

    private ChromiumRender(URI driver) {
        this.driver = driver;
    }

    static boolean isInstalled() {
        return Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
    }

    /** The load-event latency of each page, in the order given; {@code folder} holds the driver's log and profile. */
    static Optional<List<Latency>> time(List<URI> pages, Path folder) throws Exception {
        if (!isInstalled()) {
            return Optional.empty();
        }
        ServerProcesses.deleteTree(folder);
        Files.createDirectories(folder);
        int port = ServerProcesses.freePort();
        Process process = new ProcessBuilder(DRIVER.toString(), "--port=" + port,
                "--log-path=" + folder.resolve("chromedriver.log"))
                .redirectErrorStream(true).redirectOutput(folder.resolve("chromedriver.out").toFile()).start();
        try {
            ChromiumRender browser = new ChromiumRender(URI.create("http://127.0.0.1:" + port));
            browser.awaitDriver(process);
            browser.open(folder.resolve("profile"));
            try {
                return Optional.of(browser.rounds(pages));
            } finally {
                browser.send("DELETE", "/session/" + browser.session, "");
            }
        } finally {
            // The driver ends its browser with the session; whatever is left of what it started goes with it.
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            ServerProcesses.stop(process);
        }
    }

    private List<Latency> rounds(List<URI> pages) throws IOException, InterruptedException {
        List<List<Double>> samples = new ArrayList<>();
        pages.forEach(page -> samples.add(new ArrayList<>()));
        for (int round = -1; round < ROUNDS; round++) {
            for (int i = 0; i < pages.size(); i++) {
                double millis = loadEventEnd(pages.get(i));
                if (round >= 0) {
                    samples.get(i).add(millis);
                }
            }
        }
        return samples.stream().map(Latency::of).toList();
    }

    /** Navigates from a blank page to {@code page}; the driver answers once the document is complete. */
    private double loadEventEnd(URI page) throws IOException, InterruptedException {
        go("about:blank");
        go(page.toString());
        for (int tries = 0; tries < 100; tries++) {
            String answer = send("POST", "/session/" + session + "/execute/sync", "{\"script\":\"var n = performance"
                    + ".getEntriesByType('navigation')[0]; return n ? n.loadEventEnd : 0;\",\"args\":[]}");
            Matcher value = NUMBER.matcher(answer);
            if (value.find() && Double.parseDouble(value.group(1)) > 0) {
                return Double.parseDouble(value.group(1));
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException(page + ": no load event within 5 s of the document being complete");
    }

    private void go(String url) throws IOException, InterruptedException {
        send("POST", "/session/" + session + "/url", "{\"url\":\"" + url + "\"}");
    }

    private void awaitDriver(Process process) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            try {
                if (send("GET", "/status", "").contains("\"ready\":true")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("chromedriver did not get ready within 30 s");
    }

    private void open(Path profile) throws IOException, InterruptedException {
        String arguments = String.join("\",\"", "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-dev-shm-usage", "--disable-background-networking", "--mute-audio",
                "--window-size=" + WINDOW, "--user-data-dir=" + profile);
        String answer = send("POST", "/session", "{\"capabilities\":{\"alwaysMatch\":{\"browserName\":\"chrome\","
                + "\"pageLoadStrategy\":\"normal\",\"timeouts\":{\"pageLoad\":60000,\"script\":30000},"
                + "\"goog:chromeOptions\":{\"binary\":\"" + BROWSER + "\",\"args\":[\"" + arguments + "\"]}}}}");
        Matcher id = SESSION.matcher(answer);
        if (!id.find()) {
            throw new IllegalStateException("chromedriver opened no session: " + answer);
        }
        session = id.group(1);
    }

    /** One WebDriver command; an answer other than 200 is an error that would leave nothing to measure. */
    private String send(String method, String path, String json) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(driver.resolve(path)).timeout(Duration.ofSeconds(90));
        request = json.isEmpty() ? request.method(method, HttpRequest.BodyPublishers.noBody())
                : request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("chromedriver " + method + " " + path + ": " + response.body());
        }
        return response.body();
    }
}
