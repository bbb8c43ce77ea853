package reel.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PrometheusTextTest {

    /** A sample line of the 0.0.4 text format: name, optional labels, a value (no timestamp). */
    private static final Pattern SAMPLE = Pattern.compile(
            "[a-zA-Z_:][a-zA-Z0-9_:]*(\\{[a-zA-Z_][a-zA-Z0-9_]*=\"[^\"\\\\\\n]*\"\\})? -?[0-9]+(\\.[0-9]+)?");

    @Test
    void rendersEveryFamilyWithHelpTypeAndSamples() {
        StreamMetrics metrics = new StreamMetrics();
        metrics.streamStarted();
        metrics.streamEnded(206, 1000, 250_000_000L, StreamMetrics.Ending.CLIENT_ABORT);
        metrics.streamStarted();
        metrics.streamEnded(200, 5000, 2_000_000_000L, StreamMetrics.Ending.COMPLETE);
        metrics.streamStarted();
        metrics.streamEnded(206, 8192, 50_000_000L, StreamMetrics.Ending.READ_FAILURE);
        metrics.streamStarted();
        metrics.handedToSendfile(206);
        metrics.streamStarted();
        metrics.budget(2048, () -> 1);
        metrics.streamRefused();

        assertEquals("""
                # HELP reel_requests_total Finished video requests by HTTP status.
                # TYPE reel_requests_total counter
                reel_requests_total{status="200"} 1
                reel_requests_total{status="206"} 3
                # HELP reel_bytes_served_total Video body bytes written by reel; not those of responses handed to sendfile, which the connector sends without telling how many.
                # TYPE reel_bytes_served_total counter
                reel_bytes_served_total 14192
                # HELP reel_active_streams Video requests in progress; one handed to sendfile counts only until the hand-over.
                # TYPE reel_active_streams gauge
                reel_active_streams 1
                # HELP reel_range_responses_total 206 responses: one or more byte ranges.
                # TYPE reel_range_responses_total counter
                reel_range_responses_total 3
                # HELP reel_full_responses_total 200 responses: the whole file.
                # TYPE reel_full_responses_total counter
                reel_full_responses_total 1
                # HELP reel_client_aborts_total Responses the client went away from before their end, or the async timeout cut; not known for responses handed to sendfile.
                # TYPE reel_client_aborts_total counter
                reel_client_aborts_total 1
                # HELP reel_read_failures_total Responses cut short because the file could not be read, or shrank or changed under the stream; not known for responses handed to sendfile.
                # TYPE reel_read_failures_total counter
                reel_read_failures_total 1
                # HELP reel_sendfile_responses_total Responses handed to the connector's sendfile; left out of bytes, aborts, read failures and durations.
                # TYPE reel_sendfile_responses_total counter
                reel_sendfile_responses_total 1
                # HELP reel_stream_duration_seconds Time from a video request's arrival to the end of its response; responses handed to sendfile are left out.
                # TYPE reel_stream_duration_seconds histogram
                reel_stream_duration_seconds_bucket{le="0.1"} 1
                reel_stream_duration_seconds_bucket{le="0.5"} 2
                reel_stream_duration_seconds_bucket{le="1"} 2
                reel_stream_duration_seconds_bucket{le="5"} 3
                reel_stream_duration_seconds_bucket{le="30"} 3
                reel_stream_duration_seconds_bucket{le="60"} 3
                reel_stream_duration_seconds_bucket{le="300"} 3
                reel_stream_duration_seconds_bucket{le="900"} 3
                reel_stream_duration_seconds_bucket{le="3600"} 3
                reel_stream_duration_seconds_bucket{le="+Inf"} 3
                reel_stream_duration_seconds_sum 2.3
                reel_stream_duration_seconds_count 3
                # HELP reel_stream_budget Streams that may run at once (max-streams).
                # TYPE reel_stream_budget gauge
                reel_stream_budget 2048
                # HELP reel_budgeted_streams Streams holding a place in the budget; streams handed to sendfile hold none.
                # TYPE reel_budgeted_streams gauge
                reel_budgeted_streams 1
                # HELP reel_stream_refusals_total Video requests answered 503 because the stream budget was full.
                # TYPE reel_stream_refusals_total counter
                reel_stream_refusals_total 1
                """, PrometheusText.render(metrics.snapshot()));
    }

    /** The format's rules, checked line by line on a fresh and a used set of counters. */
    @Test
    void everyLineIsACommentOrAWellFormedSampleOfADeclaredFamily() {
        StreamMetrics metrics = new StreamMetrics();
        for (String text : List.of(PrometheusText.render(metrics.snapshot()), renderAfterTraffic(metrics))) {
            assertTrue(text.endsWith("\n"));
            Set<String> declared = new HashSet<>();
            for (String line : text.split("\n")) {
                if (line.startsWith("# TYPE ")) {
                    assertTrue(declared.add(line.split(" ")[2]), "one TYPE per family: " + line);
                } else if (!line.startsWith("# HELP ")) {
                    assertTrue(SAMPLE.matcher(line.replace("le=\"+Inf\"", "le=\"Inf\"")).matches(), line);
                    String name = line.split("[{ ]")[0];
                    assertTrue(declared.contains(name) || declared.contains(name.replaceAll("_(bucket|sum|count)$", "")),
                            "sample before its TYPE: " + line);
                }
            }
        }
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(textBlock = """
            0.1,     0.1
            1.0,     1
            3600.0,  3600
            0.0001,  0.0001
            2.25,    2.25
            0.0,     0
            """)
    void numbersArePlainDecimals(double value, String expected) {
        assertEquals(expected, PrometheusText.number(value));
    }

    private static String renderAfterTraffic(StreamMetrics metrics) {
        metrics.streamStarted();
        metrics.streamEnded(416, 0, 1000, StreamMetrics.Ending.COMPLETE);
        return PrometheusText.render(metrics.snapshot());
    }
}
