package reel.web;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Collections;
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
import reel.config.UnknownSettings;
import reel.media.KeptFolders;
import reel.media.LiveMediaRoot;
import reel.media.MediaRoot;
import reel.metrics.Drain;
import reel.metrics.StreamMetrics;
import reel.metrics.StreamingNames;
import reel.metrics.StreamingRegistration;
import reel.search.Indexing;
import reel.stream.StreamBudget;

/**
 * Resolves the media folder once when reel deploys, logs where it came from, and hands the result to
 * the servlets as part of the {@link Deployment}. A missing or unusable folder is logged at SEVERE and
 * remembered as {@link MediaRoot.Unavailable}; deployment goes on so the pages can explain it.
 *
 * <p>The other settings ({@link ReelConfig}) are checked first: a value that is not allowed is logged
 * at SEVERE, one line per setting, and stops the deployment. The effective configuration is logged
 * once at INFO. The stream metrics are created here and registered as the MXBean
 * {@code reel:type=Streaming,context=/reel} ({@link StreamingNames}), which {@link #contextDestroyed}
 * unregisters so a redeploy leaks nothing. The library's search index starts reading the folder on a
 * thread of its own, which {@link #contextDestroyed} stops and waits for.
 *
 * <p>A name that looks meant for reel but is no setting, such as {@code reel.maxranges}, is logged at
 * WARNING, one line each, and changes nothing.
 */
public final class ReelStartup implements ServletContextListener {

    /** The generic setting name: system property reel.media.dir, REEL_MEDIA_DIR, context parameter reel.media.dir. */
    static final String MEDIA_DIR = ReelConfig.MEDIA_DIR;

    private static final Logger LOG = Logger.getLogger(ReelStartup.class.getName());
    private static final String BEAN_ATTRIBUTE = StreamingRegistration.class.getName();
    /** Tomcat's version of this deployment ({@code 002} for reel##002.war); documented by Tomcat, absent elsewhere. */
    private static final String WEBAPP_VERSION_ATTRIBUTE = "org.apache.catalina.webappVersion";
    private static final String VERSION_RESOURCE = "/reel/version.properties";

    private final Lookup systemProperties;
    private final Lookup environment;
    private final LongSupplier maxHeap;

    /** The listener Tomcat creates from web.xml, reading the real system properties, environment and heap limit. */
    public ReelStartup() {
        this(Lookup.systemProperties(), Lookup.environment(),
                Runtime.getRuntime()::maxMemory);
    }

    ReelStartup(Lookup systemProperties, Lookup environment, LongSupplier maxHeap) {
        this.systemProperties = systemProperties;
        this.environment = environment;
        this.maxHeap = maxHeap;
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
        Settings settings = new Settings(systemProperties, environment,
                Lookup.of(context::getInitParameter, () -> Collections.list(context.getInitParameterNames())));
        UnknownSettings.find(settings.keys()).forEach(unknown -> LOG.warning(unknown.message()));
        ReelConfig config = checked(ReelConfig.read(settings));
        config.access().cautions().forEach(LOG::warning);
        MediaRoot root = MediaRoot.open(settings.find(MEDIA_DIR), Settings.waysToSet(MEDIA_DIR));
        log(root);
        StreamMetrics metrics = new StreamMetrics();
        StreamBudget budget = budget(config, metrics);
        Drain drain = new Drain(config.drainFile());
        KeptFolders keptFolders = KeptFolders.of(config.access().folders(), root);
        // Looked up once now, so the startup log says where the kept folders really are.
        keptFolders.current();
        new Deployment(new LiveMediaRoot(root), config, keptFolders, metrics, budget, drain, Instant.now(), indexing(root))
                .attachTo(context);
        try {
            Object version = context.getAttribute(WEBAPP_VERSION_ATTRIBUTE);
            context.setAttribute(BEAN_ATTRIBUTE, StreamingRegistration.register(metrics, drain,
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
        context.removeAttribute(BEAN_ATTRIBUTE);
        Deployment.detachFrom(context).ifPresent(deployment -> deployment.indexing().close());
    }

    /** The library's index, read on a thread of its own from now on; none without a library. */
    private static Indexing indexing(MediaRoot root) {
        return root instanceof MediaRoot.Available available ? Indexing.start(available.library()) : Indexing.none();
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
