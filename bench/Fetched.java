import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** One GET, timed from sending it until its whole body is in, over connections kept open between requests. */
record Fetched(URI uri, int status, byte[] body, double millis) {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    /** A cold page of a big folder on a busy machine takes seconds; a minute means something is wrong. */
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    static Fetched get(URI uri) throws IOException, InterruptedException {
        long start = System.nanoTime();
        HttpResponse<byte[]> response = CLIENT.send(HttpRequest.newBuilder(uri).timeout(PATIENCE).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        return new Fetched(uri, response.statusCode(), response.body(), (System.nanoTime() - start) / 1e6);
    }

    /** A GET that must answer 200: anything else would time an error page. */
    static Fetched ok(URI uri) throws IOException, InterruptedException {
        Fetched fetched = get(uri);
        if (fetched.status() != 200) {
            throw new IllegalStateException(uri + " answered " + fetched.status());
        }
        return fetched;
    }

    String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** How often {@code needle} occurs in the body, to check that a page holds what it should. */
    int count(String needle) {
        String text = text();
        int count = 0;
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length())) {
            count++;
        }
        return count;
    }
}
