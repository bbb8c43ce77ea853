package reel.web;

import jakarta.servlet.ServletContext;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import reel.config.Access;
import reel.config.ReelConfig;
import reel.media.KeptFolders;
import reel.media.LiveMediaRoot;
import reel.media.MediaRoot;
import reel.metrics.Drain;
import reel.metrics.StreamMetrics;
import reel.search.Indexing;
import reel.search.LibraryIndex;
import reel.stream.StreamBudget;

/**
 * What {@link ReelStartup} settled when reel deployed, handed to the servlets as one value: the media
 * folder (watched while reel runs), the checked settings, the stream counters and budget, whether it is
 * draining, when it started, and the library's search index with the thread that keeps it. Kept as one
 * context attribute, so a servlet asks once and never mixes state from two deployments.
 */
public record Deployment(LiveMediaRoot media, ReelConfig config, KeptFolders keptFolders, StreamMetrics metrics,
        StreamBudget budget, Drain drain, Instant started, Indexing indexing) {

    private static final String ATTRIBUTE = Deployment.class.getName();

    public Deployment {
        Objects.requireNonNull(media, "media");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(keptFolders, "keptFolders");
        Objects.requireNonNull(metrics, "metrics");
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(drain, "drain");
        Objects.requireNonNull(started, "started");
        Objects.requireNonNull(indexing, "indexing");
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
        MediaRoot none = new MediaRoot.Unavailable("reel has not started: its listener "
                + ReelStartup.class.getName() + " did not run. Check that WEB-INF/web.xml declares it.");
        return new Deployment(new LiveMediaRoot(none), defaults, KeptFolders.of(defaults.access().folders(), none),
                new StreamMetrics(),
                new StreamBudget(StreamBudget.size(defaults.maxStreams(), Runtime.getRuntime().maxMemory()).streams()),
                new Drain(defaults.drainFile()), Instant.EPOCH, Indexing.none());
    }

    /** The media folder as it is now: it may have gone away, or come back, since startup. */
    public MediaRoot root() {
        return media.now();
    }

    /**
     * Who may use reel, as the settings say, with the kept folders ({@code access.folders}) also where they
     * really are now: every check of who may enter what asks this, never {@code config().access()}.
     */
    public Access access() {
        return config.access().withFolders(keptFolders.current());
    }

    /** The library's index: what it holds so far, kept fresh while reel runs. */
    public LibraryIndex index() {
        return indexing.index();
    }

    void attachTo(ServletContext context) {
        context.setAttribute(ATTRIBUTE, this);
    }

    /** Forgets the deployment recorded in {@code context}, and answers it, so its thread can be stopped. */
    static Optional<Deployment> detachFrom(ServletContext context) {
        Object attached = context.getAttribute(ATTRIBUTE);
        context.removeAttribute(ATTRIBUTE);
        return attached instanceof Deployment deployment ? Optional.of(deployment) : Optional.empty();
    }
}
