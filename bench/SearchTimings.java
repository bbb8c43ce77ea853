import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code /reel/search?q=} over HTTP once the index is ready: queries of the kinds people type, in rounds of
 * one each in turn; the first rounds warm the JIT up, as a server that has run for a while is. Each round
 * also asks for reel's stylesheet, a small file that costs the server next to nothing, as a control: its
 * slowest answers are the machine's and the loopback's, not the search's.
 */
final class SearchTimings {

    static final int WARM_UP_ROUNDS = 5;
    static final int ROUNDS = 100;
    static final String CONTROL = "/reel/static/reel.css";
    static final List<Typed> QUERIES = List.of(
            new Typed("beach", "a word in many names"),
            new Typed(LibraryFiles.RARE_WORD.toLowerCase(Locale.ROOT), "a rare word"),
            new Typed("night malaga", "two words, one accented, not in the name's order"),
            new Typed("cafe", "unaccented, for Café"));

    /** The page's own summary, "N videos and M folders match …", to show what a query found. */
    private static final Pattern SUMMARY = Pattern.compile("<p class=\"search-summary\" role=\"status\">([^<]*)</p>");

    /** A query and why it is in the list. */
    record Typed(String text, String kind) {
    }

    /** One query's answer (its summary and size) and latency. */
    record Timed(Typed query, String summary, int bytes, Latency latency) {
    }

    /** Each query's latency, that of all searches together, and the control's. */
    record Outcome(List<Timed> queries, Latency all, Latency control) {
    }

    private SearchTimings() {
    }

    static Outcome run(int port) throws IOException, InterruptedException {
        List<List<Double>> samples = new ArrayList<>();
        List<Double> all = new ArrayList<>();
        List<Double> control = new ArrayList<>();
        QUERIES.forEach(query -> samples.add(new ArrayList<>()));
        Fetched[] last = new Fetched[QUERIES.size()];
        for (int round = -WARM_UP_ROUNDS; round < ROUNDS; round++) {
            for (int i = 0; i < QUERIES.size(); i++) {
                Fetched page = Fetched.ok(uri(port, QUERIES.get(i)));
                if (round >= 0) {
                    samples.get(i).add(page.millis());
                    all.add(page.millis());
                }
                last[i] = page;
            }
            double controlMillis = Fetched.ok(URI.create("http://127.0.0.1:" + port + CONTROL)).millis();
            if (round >= 0) {
                control.add(controlMillis);
            }
        }
        List<Timed> timed = new ArrayList<>();
        for (int i = 0; i < QUERIES.size(); i++) {
            timed.add(new Timed(QUERIES.get(i), summary(last[i]), last[i].body().length,
                    Latency.of(samples.get(i))));
        }
        return new Outcome(timed, Latency.of(all), Latency.of(control));
    }

    private static URI uri(int port, Typed query) {
        return URI.create("http://127.0.0.1:" + port + "/reel/search?q=" + URLEncoder.encode(query.text(),
                StandardCharsets.UTF_8));
    }

    /** The summary line; a page still saying the library is being read would time partial results. */
    private static String summary(Fetched page) {
        String html = page.text();
        if (html.contains("still reading the library")) {
            throw new IllegalStateException(page.uri() + ": the index is not ready");
        }
        Matcher summary = SUMMARY.matcher(html);
        if (!summary.find()) {
            throw new IllegalStateException(page.uri() + " has no search summary");
        }
        return summary.group(1);
    }
}
