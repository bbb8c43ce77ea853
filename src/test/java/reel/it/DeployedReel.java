package reel.it;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * reel on a Tomcat that {@link CatalinaProcess} started, as its clients reach it (requests by raw path)
 * and as an operator waits for it: Tomcat deploys, undeploys and ends streams in its own time, so each
 * wait polls for as long as a start may take and stops at once if Tomcat has died.
 */
final class DeployedReel {

    static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Duration STARTUP = Duration.ofSeconds(90);
    private static final Pattern STARTED = Pattern.compile("\"started\":\"([^\"]+)\"");

    private DeployedReel() {
    }

    static HttpRequest get(CatalinaProcess tomcat, String rawPath, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(tomcat.uri(rawPath)).timeout(Duration.ofSeconds(20));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return request.build();
    }

    /** Waits for 200 from /reel/health from a deployment other than {@code previousStart}; its start time. */
    static String awaitHealthy(CatalinaProcess tomcat, Optional<String> previousStart) throws Exception {
        return awaitHealthy(tomcat, previousStart, 1);
    }

    /** The same for a media folder that holds {@code files} files. */
    static String awaitHealthy(CatalinaProcess tomcat, Optional<String> previousStart, int files) throws Exception {
        Instant deadline = Instant.now().plus(STARTUP);
        while (Instant.now().isBefore(deadline)) {
            Optional<HttpResponse<String>> response = tryGet(tomcat, "/reel/health");
            if (response.isPresent() && response.get().statusCode() == 200) {
                Matcher started = STARTED.matcher(response.get().body());
                assertTrue(started.find(), response.get()::body);
                if (!previousStart.equals(Optional.of(started.group(1)))) {
                    assertTrue(response.get().body().contains("\"files\":" + files + ","), response.get()::body);
                    return started.group(1);
                }
            }
            pauseWhile(tomcat);
        }
        return fail("reel did not become healthy within " + STARTUP + "; logs: " + tomcat.logLines());
    }

    static HttpResponse<String> awaitAnswer(CatalinaProcess tomcat, String path) throws Exception {
        Instant deadline = Instant.now().plus(STARTUP);
        while (Instant.now().isBefore(deadline)) {
            Optional<HttpResponse<String>> response = tryGet(tomcat, path);
            if (response.isPresent()) {
                return response.get();
            }
            pauseWhile(tomcat);
        }
        return fail("Tomcat did not answer within " + STARTUP + "; logs: " + tomcat.logLines());
    }

    /** Waits until {@code condition} holds, such as a stream counted as ended or a bean handed back. */
    static void await(CatalinaProcess tomcat, String what, Callable<Boolean> condition) throws Exception {
        Instant deadline = Instant.now().plus(STARTUP);
        while (!condition.call()) {
            if (Instant.now().isAfter(deadline)) {
                fail("waited " + STARTUP + " for " + what + "; logs: " + tomcat.logLines());
            }
            pauseWhile(tomcat);
        }
    }

    private static Optional<HttpResponse<String>> tryGet(CatalinaProcess tomcat, String path) throws Exception {
        try {
            return Optional.of(CLIENT.send(get(tomcat, path), BodyHandlers.ofString()));
        } catch (IOException notListeningYet) {
            return Optional.empty();
        }
    }

    private static void pauseWhile(CatalinaProcess tomcat) throws Exception {
        if (!tomcat.isRunning()) {
            fail("Tomcat exited; logs: " + tomcat.logLines());
        }
        Thread.sleep(250);
    }
}
