package reel.stream;

import java.time.Duration;
import java.util.function.LongSupplier;
import java.util.logging.Logger;

/**
 * Tells ops that the stream budget is full without a line per refused request: one WARNING when
 * refusals start, then at most one a minute while they go on, each with the count since the last.
 */
final class OverloadLog {

    static final Duration EVERY = Duration.ofMinutes(1);

    private static final Logger LOG = Logger.getLogger(OverloadLog.class.getName());

    private final int limit;
    private final LongSupplier nanoClock;
    private long refusedSinceLine;
    private long lastLineNanos;
    private boolean logged;

    OverloadLog(int limit, LongSupplier nanoClock) {
        this.limit = limit;
        this.nanoClock = nanoClock;
    }

    synchronized void refused() {
        refusedSinceLine++;
        long now = nanoClock.getAsLong();
        if (logged && now - lastLineNanos < EVERY.toNanos()) {
            return;
        }
        long count = refusedSinceLine;
        LOG.warning(() -> "reel's stream budget of " + limit + " streams is full: " + count + " video request"
                + (count == 1 ? " was" : "s were") + " answered 503 with Retry-After " + BudgetFull.RETRY_AFTER.toSeconds()
                + " s" + (logged ? " since the last such line" : "") + "; see max-streams in the operations guide");
        logged = true;
        lastLineNanos = now;
        refusedSinceLine = 0;
    }
}
