package reel.web;

import jakarta.servlet.ServletContext;
import java.time.Instant;
import java.util.Objects;
import reel.config.ReelConfig;
import reel.media.LiveMediaRoot;
import reel.media.MediaRoot;
import reel.metrics.Drain;
import reel.metrics.StreamMetrics;
import reel.stream.StreamBudget;

/**
 * What {@link ReelStartup} settled when reel deployed, handed to the servlets as one value: the media
 * folder (watched while reel runs), the checked settings, the stream counters and budget, whether it is
 * draining, and when it started. Kept as one context attribute, so a servlet asks once and never mixes
 * state from two deployments.
 */
public record Deployment(LiveMediaRoot media, ReelConfig config, StreamMetrics metrics, StreamBudget budget,
        Drain drain, Instant started) {

    private static final String ATTRIBUTE = Deployment.class.getName();

    public Deployment {
        Objects.requireNonNull(media, "media");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(metrics, "metrics");
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(drain, "drain");
        Objects.requireNonNull(started, "started");
    }

    /**
     * The deployment the listener recorded; when it did not run (a web.xml without it), one that serves
     * nothing and says why on every page, with the default settings and a budget sized from them.
     */
    public static Deployment of(ServletContext context) {
        if (context.getAttribute(ATTRIBUTE) instanceof Deployment deployment) {
            return deployment;
        }
        ReelConfig defaults = ReelConfig.defaults();
        return new Deployment(
                new LiveMediaRoot(new MediaRoot.Unavailable("reel has not started: its listener "
                        + ReelStartup.class.getName() + " did not run. Check that WEB-INF/web.xml declares it.")),
                defaults, new StreamMetrics(),
                new StreamBudget(StreamBudget.size(defaults.maxStreams(), Runtime.getRuntime().maxMemory()).streams()),
                new Drain(defaults.drainFile()), Instant.EPOCH);
    }

    /** The media folder as it is now: it may have gone away, or come back, since startup. */
    public MediaRoot root() {
        return media.now();
    }

    void attachTo(ServletContext context) {
        context.setAttribute(ATTRIBUTE, this);
    }

    static void detachFrom(ServletContext context) {
        context.removeAttribute(ATTRIBUTE);
    }
}
