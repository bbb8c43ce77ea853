package reel.metrics;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Renders a {@link MetricsSnapshot} in the Prometheus text exposition format 0.0.4: a {@code # HELP}
 * and {@code # TYPE} line per family, then its samples, each line ending in {@code \n}.
 */
public final class PrometheusText {

    /** The media type Prometheus asks for and expects back. */
    public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private PrometheusText() {
    }

    public static String render(MetricsSnapshot snapshot) {
        return render(snapshot, Map.of());
    }

    /** The same with {@code reel_access_refusals_total}, one sample per reason. */
    public static String render(MetricsSnapshot snapshot, Map<AccessRefusals.Reason, Long> accessRefusals) {
        StringBuilder text = new StringBuilder();
        family(text, "reel_requests_total", "counter", "Finished video requests by HTTP status.");
        for (Map.Entry<Integer, Long> entry : snapshot.requestsByStatus().entrySet()) {
            sample(text, "reel_requests_total{status=\"" + entry.getKey() + "\"}", entry.getValue());
        }
        single(text, "reel_bytes_served_total", "counter", "Video body bytes written by reel; not those of responses"
                + " handed to sendfile, which the connector sends without telling how many.", snapshot.bytesServed());
        single(text, "reel_active_streams", "gauge", "Video requests in progress; one handed to sendfile counts only"
                + " until the hand-over.", snapshot.activeStreams());
        single(text, "reel_range_responses_total", "counter", "206 responses: one or more byte ranges.",
                snapshot.rangeResponses());
        single(text, "reel_full_responses_total", "counter", "200 responses: the whole file.",
                snapshot.fullResponses());
        single(text, "reel_client_aborts_total", "counter", "Responses the client went away from before their end,"
                + " or the async timeout cut; not known for responses handed to sendfile.", snapshot.clientAborts());
        single(text, "reel_read_failures_total", "counter", "Responses cut short because the file could not be read,"
                + " or shrank or changed under the stream; not known for responses handed to sendfile.",
                snapshot.readFailures());
        single(text, "reel_sendfile_responses_total", "counter", "Responses handed to the connector's sendfile;"
                + " left out of bytes, aborts, read failures and durations.", snapshot.sendfileResponses());
        histogram(text, snapshot.streamDuration());
        single(text, "reel_stream_budget", "gauge", "Streams that may run at once (max-streams).",
                snapshot.budget().limit());
        single(text, "reel_budgeted_streams", "gauge",
                "Streams holding a place in the budget; streams handed to sendfile hold none.",
                snapshot.budget().running());
        single(text, "reel_stream_refusals_total", "counter",
                "Video requests answered 503 because the stream budget was full.", snapshot.budget().refusals());
        if (!accessRefusals.isEmpty()) {
            family(text, "reel_access_refusals_total", "counter", "Requests turned away by access.role,"
                    + " access.folders and share links: sign_in (401), forbidden (403), hidden_folder (404),"
                    + " share_invalid (403).");
            accessRefusals.forEach((reason, count) ->
                    sample(text, "reel_access_refusals_total{reason=\"" + reason.label() + "\"}", count));
        }
        return text.toString();
    }

    private static void histogram(StringBuilder text, DurationHistogram histogram) {
        String name = "reel_stream_duration_seconds";
        family(text, name, "histogram", "Time from a video request's arrival to the end of its response; responses"
                + " handed to sendfile are left out.");
        for (int bucket = 0; bucket < histogram.boundsSeconds().size(); bucket++) {
            sample(text, name + "_bucket{le=\"" + number(histogram.boundsSeconds().get(bucket)) + "\"}",
                    histogram.cumulativeCounts().get(bucket));
        }
        sample(text, name + "_bucket{le=\"+Inf\"}", histogram.count());
        text.append(name).append("_sum ").append(number(histogram.sumSeconds())).append('\n');
        sample(text, name + "_count", histogram.count());
    }

    private static void single(StringBuilder text, String name, String type, String help, long value) {
        family(text, name, type, help);
        sample(text, name, value);
    }

    private static void family(StringBuilder text, String name, String type, String help) {
        text.append("# HELP ").append(name).append(' ').append(help).append('\n');
        text.append("# TYPE ").append(name).append(' ').append(type).append('\n');
    }

    private static void sample(StringBuilder text, String nameAndLabels, long value) {
        text.append(nameAndLabels).append(' ').append(value).append('\n');
    }

    /** Plain decimal, as Prometheus clients write bounds: {@code 0.1}, {@code 1}, {@code 3600}; never {@code 1.0E-4}. */
    static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
