package reel.it;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.LifecycleState;
import org.apache.catalina.Realm;
import org.apache.catalina.Wrapper;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.ContextConfig;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.util.descriptor.web.ApplicationParameter;
import org.apache.tomcat.util.scan.StandardJarScanner;

/**
 * The built reel WAR ({@code target/reel}, from the system property {@code reel.war.dir} that failsafe
 * sets) in an embedded Tomcat on 127.0.0.1 and a free port, set up the way a stock Tomcat runs it: the
 * real {@code WEB-INF/web.xml}, Tomcat's {@code DefaultServlet} with the standard MIME mappings for
 * {@code /static/}, and the media folder given as a context parameter with {@code override="false"},
 * as {@code conf/Catalina/localhost/reel.xml} would. {@link #close()} stops and destroys Tomcat.
 *
 * <pre>{@code
 * try (ReelServer server = ReelServer.start(mediaDir)) {
 *     HttpResponse<byte[]> response = HttpClient.newHttpClient().send(
 *             HttpRequest.newBuilder(server.uri("/reel/video/Test Pattern.mp4")).build(),
 *             BodyHandlers.ofByteArray());
 *     assertTrue(server.logs().problems().isEmpty(), server.logs()::toString);
 * }
 * }</pre>
 */
public final class ReelServer implements AutoCloseable {

    public static final String CONTEXT_PATH = "/reel";
    static final String LOOPBACK = "127.0.0.1";
    private static final String WAR_DIR_PROPERTY = "reel.war.dir";
    private static final String MEDIA_DIR_PARAMETER = "reel.media.dir";
    private static final String MEDIA_DIR_ENVIRONMENT = "REEL_MEDIA_DIR";

    private final Tomcat tomcat;
    private final CatalinaBase base;
    private final LogRecorder logs;

    private ReelServer(Tomcat tomcat, CatalinaBase base, LogRecorder logs) {
        this.tomcat = tomcat;
        this.base = base;
        this.logs = logs;
    }

    /** Starts Tomcat with reel at {@code /reel} serving {@code mediaDir}; fails if reel did not start. */
    public static ReelServer start(Path mediaDir) throws IOException, LifecycleException {
        return start(mediaDir, Map.of());
    }

    /**
     * The same with more context parameters, as {@code <Parameter>}s in a context file would give them,
     * e.g. {@code Map.of("reel.async.timeout", "2s")}.
     */
    public static ReelServer start(Path mediaDir, Map<String, String> parameters)
            throws IOException, LifecycleException {
        return start(mediaDir, parameters, Optional.empty());
    }

    /**
     * The same with a realm of users for reel's context, as a {@code <Realm>} in a context file would give
     * it, for tests that set {@code reel.access.role}; e.g. a {@code MemoryRealm} over a
     * {@code tomcat-users.xml}.
     */
    public static ReelServer start(Path mediaDir, Map<String, String> parameters, Realm realm)
            throws IOException, LifecycleException {
        return start(mediaDir, parameters, Optional.of(realm));
    }

    private static ReelServer start(Path mediaDir, Map<String, String> parameters, Optional<Realm> realm)
            throws IOException, LifecycleException {
        refuseOverridingMediaSettings();
        Path warDir = warDirectory();
        CatalinaBase base = CatalinaBase.create(warDir.getParent().resolve("it-tomcat"));
        ReelServer server = new ReelServer(new Tomcat(), base, LogRecorder.attach());
        try {
            server.deploy(warDir, mediaDir, parameters, realm);
            return server;
        } catch (LifecycleException | RuntimeException | Error failure) {
            server.closeAfter(failure);
            throw failure;
        }
    }

    /** The port Tomcat listens on, chosen by the operating system. */
    public int port() {
        return tomcat.getConnector().getLocalPort();
    }

    /**
     * The URI of a decoded path such as {@code /reel/video/Test Pattern.mp4}: each segment between
     * slashes is percent-encoded as UTF-8, so spaces, {@code ;}, {@code %}, {@code ?}, {@code #} and
     * non-ASCII names reach the server as the file name they spell.
     */
    public URI uri(String path) {
        return rawUri(PercentEncoding.path(path));
    }

    /** The URI of a path sent exactly as written, for hostile paths such as {@code /reel/video/..%2Fx}. */
    public URI rawUri(String rawPath) {
        return URI.create("http://" + LOOPBACK + ":" + port() + rawPath);
    }

    /** What was logged since start: reel's own records at every level, everything else at INFO and above. */
    public LogRecorder logs() {
        return logs;
    }

    @Override
    public void close() throws LifecycleException, IOException {
        try {
            tomcat.stop();
        } finally {
            try {
                tomcat.destroy();
            } finally {
                logs.detach();
                base.delete();
            }
        }
    }

    /** Stops reel's context, as undeploying it from a running Tomcat does; Tomcat itself keeps running. */
    public void undeploy() throws LifecycleException {
        Context context = (Context) tomcat.getHost().findChild(CONTEXT_PATH);
        context.stop();
    }

    private void deploy(Path warDir, Path mediaDir, Map<String, String> parameters, Optional<Realm> realm)
            throws LifecycleException {
        tomcat.setBaseDir(base.dir().toString());
        Connector connector = new Connector("HTTP/1.1");
        connector.setPort(0);
        if (!connector.setProperty("address", LOOPBACK)) {
            throw new IllegalStateException("the connector did not accept address=" + LOOPBACK);
        }
        tomcat.setConnector(connector);

        // Stock Tomcat applies conf/web.xml; reel needs its DefaultServlet and MIME mappings but no JSP.
        tomcat.setAddDefaultWebXmlToWebapp(false);
        ContextConfig contextConfig = new ContextConfig();
        contextConfig.setDefaultWebXml(tomcat.noDefaultWebXmlPath());
        Context context = tomcat.addWebapp(tomcat.getHost(), CONTEXT_PATH, warDir.toString(), contextConfig);
        addStockDefaultServlet(context);
        context.addApplicationParameter(parameter(MEDIA_DIR_PARAMETER, mediaDir.toAbsolutePath().toString()));
        parameters.forEach((name, value) -> context.addApplicationParameter(parameter(name, value)));
        realm.ifPresent(context::setRealm);
        // Stock Tomcat's class path is bootstrap.jar and tomcat-juli.jar; the test class path is not WEB-INF/lib.
        ((StandardJarScanner) context.getJarScanner()).setScanClassPath(false);

        tomcat.start();
        if (context.getState() != LifecycleState.STARTED) {
            throw new IllegalStateException("reel did not start at " + CONTEXT_PATH + " (state "
                    + context.getState() + "):\n" + LogRecorder.describe(logs.problems()));
        }
    }

    private static void addStockDefaultServlet(Context context) {
        Wrapper defaultServlet = Tomcat.addServlet(context, "default",
                "org.apache.catalina.servlets.DefaultServlet");
        defaultServlet.addInitParameter("listings", "false");
        defaultServlet.setLoadOnStartup(1);
        defaultServlet.setOverridable(true);
        context.addServletMappingDecoded("/", "default");
        Tomcat.addDefaultMimeTypeMappings(context);
    }

    private static ApplicationParameter parameter(String name, String value) {
        ApplicationParameter parameter = new ApplicationParameter();
        parameter.setName(name);
        parameter.setValue(value);
        // override="false": this value wins over web.xml's empty context-param, as in a context file.
        parameter.setOverride(false);
        return parameter;
    }

    /** reel prefers both of these to the context parameter, so a test's media folder would be ignored. */
    private static void refuseOverridingMediaSettings() {
        if (isSet(System.getProperty(MEDIA_DIR_PARAMETER)) || isSet(System.getenv(MEDIA_DIR_ENVIRONMENT))) {
            throw new IllegalStateException("unset the system property " + MEDIA_DIR_PARAMETER
                    + " and the environment variable " + MEDIA_DIR_ENVIRONMENT
                    + ": they would override the media folder each test chooses");
        }
    }

    // reel treats a blank value as not set.
    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }

    private static Path warDirectory() {
        String property = System.getProperty(WAR_DIR_PROPERTY);
        if (property == null || !Files.isRegularFile(Path.of(property, "WEB-INF", "web.xml"))) {
            throw new IllegalStateException("no exploded WAR at " + WAR_DIR_PROPERTY + "=" + property
                    + "; run integration tests through Maven (mvn verify), which builds target/reel first");
        }
        return Path.of(property).toAbsolutePath();
    }

    private void closeAfter(Throwable failure) {
        try {
            close();
        } catch (LifecycleException | IOException | RuntimeException closing) {
            failure.addSuppressed(closing);
        }
    }
}
