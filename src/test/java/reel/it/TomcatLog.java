package reel.it;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What the deploy test refuses to see in Tomcat's logs: SEVERE records, stack traces, leak warnings and
 * reel's own warnings; read record by record, since a stack trace continues the record above it.
 */
final class TomcatLog {

    private static final Pattern PROBLEM = Pattern.compile(
            "SEVERE|^\\s+at [\\w.$/]+\\(|^Caused by:|memory leak|appears to have started a thread"
                    + "|created a ThreadLocal|registered the JDBC driver|failed to (de)?register"
                    // Tomcat's own warnings depend on the machine (a slow SecureRandom); reel's never should.
                    + "|WARNING \\[[^\\]]*\\] reel\\.");
    /** How Tomcat's one-line formatter starts a record: {@code 25-Nov-2026 09:21:19.390 }. */
    private static final Pattern RECORD_START = Pattern.compile("^\\d{2}-\\w{3}-\\d{4} \\d{2}:\\d{2}:\\d{2}\\.\\d{3} ");
    /**
     * The record Tomcat writes, with its stack trace, for the first request its connector cannot parse
     * (later ones go to DEBUG): the deploy test sends such requests on purpose.
     */
    private static final Pattern EXPECTED = Pattern.compile(
            " INFO \\[[^\\]]*\\] org\\.apache\\.coyote\\.http11\\.Http11Processor\\.service Error parsing HTTP request header$");

    private TomcatLog() {
    }

    /** The problem lines of one log file, in order; none from the records the test caused on purpose. */
    static List<String> problems(List<String> lines) {
        List<String> problems = new ArrayList<>();
        boolean inExpectedRecord = false;
        for (String line : lines) {
            if (RECORD_START.matcher(line).find()) {
                inExpectedRecord = EXPECTED.matcher(line).find();
            }
            if (!inExpectedRecord && isProblem(line)) {
                problems.add(line);
            }
        }
        return problems;
    }

    static boolean isProblem(String line) {
        return PROBLEM.matcher(line).find();
    }
}
