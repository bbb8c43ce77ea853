package reel.metrics;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Whether this node is being taken out of its load balancer gently: while draining, {@code /reel/health}
 * and every new page, video or subtitle request answer 503, so a balancer sends viewers to another node,
 * whether it probes health or only watches real traffic (nginx's passive checks); responses already
 * running finish. An operator drains by the JMX operation {@code drain()} on the streaming bean, or a
 * script by creating the drain file ({@code drain.file}); either way, one line is logged when draining
 * starts and one when it ends.
 */
public final class Drain {

    private static final Logger LOG = Logger.getLogger(Drain.class.getName());

    private final Optional<Path> file;
    private volatile boolean byOperator;
    private boolean logged;

    public Drain(Optional<Path> file) {
        this.file = file;
    }

    /** Drains until {@link #undrain()}, whatever the drain file says. */
    public void drain() {
        byOperator = true;
        isDraining();
    }

    /** Ends a drain started by {@link #drain()}; a drain file that exists keeps the node draining. */
    public void undrain() {
        byOperator = false;
        isDraining();
    }

    /** Asked by every health check, so a drain file takes effect at the balancer's next probe. */
    public boolean isDraining() {
        boolean byFile = file.filter(Files::exists).isPresent();
        boolean draining = byOperator || byFile;
        logChange(draining, byFile);
        return draining;
    }

    private synchronized void logChange(boolean draining, boolean byFile) {
        if (draining == logged) {
            return;
        }
        logged = draining;
        if (draining) {
            String why = byFile ? "the drain file " + file.orElseThrow() + " exists" : "an operator drained it (JMX)";
            LOG.info(() -> "reel is draining (" + why + "): /reel/health and new requests answer 503 so load"
                    + " balancers send viewers elsewhere; running streams finish");
        } else {
            LOG.info("reel is no longer draining: /reel/health answers 200 again");
        }
    }
}
