import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;

/** Single requests beside a workload: how long an answer takes, and whether a range comes back byte for byte. */
final class Probes {

    private static final HttpClient PROBE = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

    private Probes() {
    }

    /** Milliseconds for a GET (with a Range when given) to be answered in full; 5000 when it is not within 5 s. */
    static double timedGet(Server server, String path, String range) {
        long start = System.nanoTime();
        try {
            var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                    .timeout(Duration.ofSeconds(5));
            if (!range.isEmpty()) {
                request.header("Range", range);
            }
            var response = PROBE.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() >= 400) {
                return 5000;
            }
        } catch (IOException e) {
            return 5000;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 5000;
        }
        return (System.nanoTime() - start) / 1e6;
    }

    /** Whether a range of the big file comes back, and as exactly the bytes on disk. */
    static RangeCheck checkRange(Server server, Path big, long first, int length) {
        try {
            var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + server.bigPath()))
                    .timeout(Duration.ofSeconds(10)).header("Range", "bytes=" + first + "-" + (first + length - 1))
                    .build();
            var response = PROBE.send(request, HttpResponse.BodyHandlers.ofByteArray());
            ByteBuffer expected = ByteBuffer.allocate(length);
            try (var channel = FileChannel.open(big)) {
                channel.read(expected, first);
            }
            boolean exact = response.statusCode() == 206 && Arrays.equals(expected.array(), response.body());
            return exact ? RangeCheck.EXACT : RangeCheck.WRONG;
        } catch (IOException e) {
            return RangeCheck.NO_ANSWER;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return RangeCheck.NO_ANSWER;
        }
    }
}
