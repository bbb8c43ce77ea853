package reel.web;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import java.util.logging.Logger;
import reel.config.Lookup;
import reel.config.Settings;
import reel.media.MediaRoot;

/**
 * Resolves the media folder once when reel deploys, logs where it came from, and keeps the result
 * as a context attribute for the servlets. A missing or unusable folder is logged at SEVERE and
 * remembered as {@link MediaRoot.Unavailable}; deployment goes on so the pages can explain it.
 */
public final class ReelStartup implements ServletContextListener {

    /** The generic setting name: system property reel.media.dir, REEL_MEDIA_DIR, context parameter reel.media.dir. */
    static final String MEDIA_DIR = "media.dir";

    private static final Logger LOG = Logger.getLogger(ReelStartup.class.getName());
    private static final String ATTRIBUTE = MediaRoot.class.getName();

    private final Lookup systemProperties;
    private final Lookup environment;

    /** The listener Tomcat creates from web.xml, reading the real system properties and environment. */
    public ReelStartup() {
        this(Lookup.ofNullable(System::getProperty), Lookup.ofNullable(System::getenv));
    }

    ReelStartup(Lookup systemProperties, Lookup environment) {
        this.systemProperties = systemProperties;
        this.environment = environment;
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

    @Override
    public void contextInitialized(ServletContextEvent event) {
        ServletContext context = event.getServletContext();
        Settings settings = new Settings(systemProperties, environment, Lookup.ofNullable(context::getInitParameter));
        MediaRoot root = MediaRoot.open(settings.find(MEDIA_DIR), Settings.waysToSet(MEDIA_DIR));
        log(root);
        context.setAttribute(ATTRIBUTE, root);
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        event.getServletContext().removeAttribute(ATTRIBUTE);
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
