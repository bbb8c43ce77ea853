package reel.web;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Properties;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.management.JMException;
import reel.config.ConfigResult;
import reel.config.Lookup;
import reel.config.ReelConfig;
import reel.config.Settings;
import reel.config.StartupRefused;
import reel.media.MediaRoot;
import reel.metrics.StreamMetrics;
import reel.metrics.StreamingNames;
import reel.metrics.StreamingRegistration;
import reel.stream.StreamBudget;

/**
 * Resolves the media folder once when reel deploys, logs where it came from, and keeps the result
 * as a context attribute for the servlets. A missing or unusable folder is logged at SEVERE and
 * remembered as {@link MediaRoot.Unavailable}; deployment goes on so the pages can explain it.
 *
 * <p>The other settings ({@link ReelConfig}) are checked first: a value that is not allowed is logged
 * at SEVERE, one line per setting, and stops the deployment. The effective configuration is logged
 * once at INFO. The stream metrics are created here and registered as the MXBean
 * {@code reel:type=Streaming,context=/reel} ({@link StreamingNames}), which {@link #contextDestroyed}
 * unregisters so a redeploy leaks nothing.
 */
public final class ReelStartup implements ServletContextListener {

    /** The generic setting name: system property reel.media.dir, REEL_MEDIA_DIR, context parameter reel.media.dir. */
    static final String MEDIA_DIR = "media.dir";

    private static final Logger LOG = Logger.getLogger(ReelStartup.class.getName());
    private static final String ATTRIBUTE = MediaRoot.class.getName();
    private static final String CONFIG_ATTRIBUTE = ReelConfig.class.getName();
    private static final String METRICS_ATTRIBUTE = StreamMetrics.class.getName();
    private static final String BEAN_ATTRIBUTE = StreamingRegistration.class.getName();
    /** Tomcat's version of this deployment ({@code 002} for reel##002.war); documented by Tomcat, absent elsewhere. */
    private static final String WEBAPP_VERSION_ATTRIBUTE = "org.apache.catalina.webappVersion";
    private static final String BUDGET_ATTRIBUTE = StreamBudget.class.getName();
    private static final String STARTED_ATTRIBUTE = "reel.started";
    private static final String VERSION_RESOURCE = "/reel/version.properties";

    private final Lookup systemProperties;
    private final Lookup environment;
    private final LongSupplier maxHeap;

    /** The listener Tomcat creates from web.xml, reading the real system properties, environment and heap limit. */
    public ReelStartup() {
        this(Lookup.ofNullable(System::getProperty), Lookup.ofNullable(System::getenv),
                Runtime.getRuntime()::maxMemory);
    }

    ReelStartup(Lookup systemProperties, Lookup environment, LongSupplier maxHeap) {
        this.systemProperties = systemProperties;
        this.environment = environment;
        this.maxHeap = maxHeap;
    }

    /** The media root resolved at startup; unavailable if this listener has not run. */
    public static MediaRoot mediaRoot(ServletContext context) {
        Object root = context.getAttribute(ATTRIBUTE);
        if (root instanceof MediaRoot mediaRoot) {
            return mediaRoot;
        }
        return new MediaRoot.Unavailable("reel has not started: its listener " + ReelStartup.class.getName()
                + " did not run. Check that WEB-INF/web.xml declares it.");
    }

    /** The checked settings; the defaults if this listener has not run (the media root then says so). */
    public static ReelConfig config(ServletContext context) {
        Object config = context.getAttribute(CONFIG_ATTRIBUTE);
        return config instanceof ReelConfig reelConfig ? reelConfig : ReelConfig.defaults();
    }

    /** The counters the streaming path feeds; a detached set if this listener has not run. */
    public static StreamMetrics metrics(ServletContext context) {
        Object metrics = context.getAttribute(METRICS_ATTRIBUTE);
        return metrics instanceof StreamMetrics streamMetrics ? streamMetrics : new StreamMetrics();
    }

    /** The stream budget sized at startup; one sized from the defaults if this listener has not run. */
    public static StreamBudget budget(ServletContext context) {
        Object budget = context.getAttribute(BUDGET_ATTRIBUTE);
        if (budget instanceof StreamBudget streamBudget) {
            return streamBudget;
        }
        return new StreamBudget(StreamBudget.size(ReelConfig.defaults().maxStreams(),
                Runtime.getRuntime().maxMemory()).streams());
    }

    /** When this deployment started; {@link Instant#EPOCH} if this listener has not run. */
    public static Instant started(ServletContext context) {
        Object started = context.getAttribute(STARTED_ATTRIBUTE);
        return started instanceof Instant instant ? instant : Instant.EPOCH;
    }

    /** reel's version from the build, {@code unknown} when the build did not record it. */
    public static String version() {
        Properties properties = new Properties();
        try (InputStream in = ReelStartup.class.getResourceAsStream(VERSION_RESOURCE)) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            LOG.fine(() -> "no version: " + e);
        }
        return properties.getProperty("version", "unknown");
    }

    @Override
    public void contextInitialized(ServletContextEvent event) {
        ServletContext context = event.getServletContext();
        Settings settings = new Settings(systemProperties, environment, Lookup.ofNullable(context::getInitParameter));
        ReelConfig config = checked(ReelConfig.read(settings));
        MediaRoot root = MediaRoot.open(settings.find(MEDIA_DIR), Settings.waysToSet(MEDIA_DIR));
        log(root);
        StreamMetrics metrics = new StreamMetrics();
        StreamBudget budget = budget(config, metrics);
        context.setAttribute(ATTRIBUTE, root);
        context.setAttribute(BUDGET_ATTRIBUTE, budget);
        context.setAttribute(CONFIG_ATTRIBUTE, config);
        context.setAttribute(METRICS_ATTRIBUTE, metrics);
        context.setAttribute(STARTED_ATTRIBUTE, Instant.now());
        try {
            Object version = context.getAttribute(WEBAPP_VERSION_ATTRIBUTE);
            context.setAttribute(BEAN_ATTRIBUTE, StreamingRegistration.register(metrics,
                    new StreamingNames(context.getContextPath(), version instanceof String v ? v : "")));
        } catch (JMException e) {
            // JMX is for monitoring only; /metrics has the same numbers.
            LOG.log(Level.WARNING, "reel could not register its JMX bean", e);
        }
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        ServletContext context = event.getServletContext();
        if (context.getAttribute(BEAN_ATTRIBUTE) instanceof StreamingRegistration bean) {
            try {
                bean.unregister();
            } catch (JMException e) {
                LOG.log(Level.WARNING, "reel could not unregister its JMX bean " + bean.name(), e);
            }
        }
        for (String attribute : new String[] {ATTRIBUTE, CONFIG_ATTRIBUTE, METRICS_ATTRIBUTE, BEAN_ATTRIBUTE,
                BUDGET_ATTRIBUTE, STARTED_ATTRIBUTE}) {
            context.removeAttribute(attribute);
        }
    }

    /** The configuration to run with, after logging it; or, with every problem logged, a refusal to start. */
    private static ReelConfig checked(ConfigResult result) {
        if (result instanceof ConfigResult.Invalid invalid) {
            for (String problem : invalid.problems()) {
                LOG.severe(problem);
            }
            throw new StartupRefused(String.join(" ", invalid.problems()));
        }
        ConfigResult.Valid valid = (ConfigResult.Valid) result;
        LOG.info(() -> "reel configuration: " + String.join(", ", valid.effective()));
        return valid.config();
    }

    /** Sizes the budget from the setting and the JVM's heap limit, and says how at INFO. */
    private StreamBudget budget(ReelConfig config, StreamMetrics metrics) {
        StreamBudget.Size size = StreamBudget.size(config.maxStreams(), maxHeap.getAsLong());
        LOG.info(() -> "reel stream budget: " + size.streams() + " streams at once (" + size.derivation()
                + "); beyond it a video request is answered 503 with Retry-After; streams handed to sendfile"
                + " take no place");
        StreamBudget budget = new StreamBudget(size.streams());
        metrics.budget(budget.limit(), budget::running);
        return budget;
    }

    private static void log(MediaRoot root) {
        if (root instanceof MediaRoot.Available available) {
            LOG.info(() -> "reel media folder " + available.library().root() + " (from " + available.source() + ")");
        } else if (root instanceof MediaRoot.Unavailable unavailable) {
            LOG.severe(unavailable.message());
        } else {
            throw new AssertionError(root);
        }
    }
}
