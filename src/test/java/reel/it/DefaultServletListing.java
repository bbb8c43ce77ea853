package reel.it;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.Wrapper;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;
import org.apache.catalina.webresources.StandardRoot;

/**
 * Tomcat's own {@code DefaultServlet} with {@code listings} on, serving one folder at {@code /files/}
 * in an embedded Tomcat of the same version on 127.0.0.1 and a free port: the baseline a folder page of
 * reel is measured against. Start it after a {@link ReelServer} and close it before, as both point the
 * JVM-wide {@code catalina.base} at their own directory while they run.
 */
final class DefaultServletListing implements AutoCloseable {

    static final String CONTEXT_PATH = "/files";
    private static final long CACHE_KILOBYTES = 256 * 1024;

    private final Tomcat tomcat;
    private final CatalinaBase base;

    private DefaultServletListing(Tomcat tomcat, CatalinaBase base) {
        this.tomcat = tomcat;
        this.base = base;
    }

    static DefaultServletListing start(Path folder) throws IOException, LifecycleException {
        CatalinaBase base = CatalinaBase.create(Path.of(System.getProperty("reel.war.dir")).resolveSibling("it-tomcat"));
        DefaultServletListing listing = new DefaultServletListing(new Tomcat(), base);
        try {
            listing.deploy(folder);
            return listing;
        } catch (LifecycleException | RuntimeException e) {
            listing.close();
            throw e;
        }
    }

    URI uri(String path) {
        return URI.create("http://" + ReelServer.LOOPBACK + ":" + tomcat.getConnector().getLocalPort()
                + CONTEXT_PATH + PercentEncoding.path(path));
    }

    @Override
    public void close() throws LifecycleException, IOException {
        try {
            tomcat.stop();
            tomcat.destroy();
        } finally {
            base.delete();
        }
    }

    private void deploy(Path folder) throws LifecycleException {
        tomcat.setBaseDir(base.dir().toString());
        Connector connector = new Connector("HTTP/1.1");
        connector.setPort(0);
        connector.setProperty("address", ReelServer.LOOPBACK);
        tomcat.setConnector(connector);
        Context context = tomcat.addContext(CONTEXT_PATH, folder.toAbsolutePath().toString());
        // Sized for the folder: the default 10 MB holds the facts of about 10,000 entries, and an entry that
        // does not fit is read again and logged at WARNING on every listing, which would measure the log.
        StandardRoot resources = new StandardRoot(context);
        resources.setCacheMaxSize(CACHE_KILOBYTES);
        context.setResources(resources);
        Wrapper defaultServlet = Tomcat.addServlet(context, "default", "org.apache.catalina.servlets.DefaultServlet");
        defaultServlet.addInitParameter("listings", "true");
        defaultServlet.setLoadOnStartup(1);
        context.addServletMappingDecoded("/", "default");
        Tomcat.addDefaultMimeTypeMappings(context);
        tomcat.start();
    }
}
