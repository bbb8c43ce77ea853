import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A stock Tomcat 11 from the distribution, with its own CATALINA_BASE and the stock conf/. */
final class Tomcat implements Server {
    /** The stock conf/web.xml's switch for DefaultServlet's folder listings, off. */
    private static final Pattern LISTINGS_OFF =
            Pattern.compile("(<param-name>listings</param-name>\\s*<param-value>)false(</param-value>)");
    private final String name;
    private final Path base;
    private final Path home;
    private final String bigPath;
    private final boolean sendfile;
    private int port;
    private Process process;
    /** More attributes for the stock HTTP connector, such as socket tuning. */
    private String connectorAttributes = "";
    private Optional<String> heapLimit = Optional.empty();

    private Tomcat(String name, Path base, Path home, String bigPath, boolean sendfile) {
        this.name = name;
        this.base = base;
        this.home = home;
        this.bigPath = bigPath;
        this.sendfile = sendfile;
    }

    static Tomcat reel(String name, Path base, Path home, Path war, Path media, boolean sendfile) throws IOException {
        return new Tomcat(name, base, home, "/reel/video/big.mp4", sendfile).deployReel(war, media);
    }

    /**
     * reel over a library without the big file, up once its stylesheet answers: a request that touches no
     * media, so that nothing but reel's own index reads the library before it is measured (the health check
     * would count every file).
     */
    static Tomcat reelLibrary(String name, Path base, Path home, Path war, Path media) throws IOException {
        return new Tomcat(name, base, home, "/reel/static/reel.css", false).deployReel(war, media);
    }

    private Tomcat deployReel(Path war, Path media) throws IOException {
        prepare();
        Files.copy(war, base.resolve("webapps/reel.war"), StandardCopyOption.REPLACE_EXISTING);
        context("reel", "<Context>\n  <Parameter name=\"reel.media.dir\" value=\"" + media
                + "\" override=\"false\"/>\n  <Parameter name=\"reel.sendfile\" value=\"" + sendfile
                + "\" override=\"false\"/>\n</Context>\n");
        return this;
    }

    /** The media folder as a plain context: Tomcat's DefaultServlet from the stock conf/web.xml serves it. */
    static Tomcat defaultServlet(String name, Path base, Path home, Path media, boolean sendfile) throws IOException {
        Tomcat tomcat = new Tomcat(name, base, home, "/files/big.mp4", sendfile);
        tomcat.prepare();
        tomcat.context("files", "<Context docBase=\"" + media + "\"/>\n");
        return tomcat;
    }

    /**
     * DefaultServlet listing the media folder's folders at /files/: the stock conf/web.xml with only
     * {@code listings} turned on, and the context's resource cache raised to {@code cacheKiB}. An entry that
     * does not fit in the cache is read again, and logged at WARNING, on every listing, which would measure
     * the log: LargeFolderIT's folder of 10,001 small files did not fit the default 10 MB (DefaultServletListing).
     */
    static Tomcat listing(String name, Path base, Path home, Path media, long cacheKiB) throws IOException {
        Tomcat tomcat = new Tomcat(name, base, home, "/files/", false);
        tomcat.prepare();
        Path webXml = base.resolve("conf/web.xml");
        Matcher listings = LISTINGS_OFF.matcher(Files.readString(webXml));
        if (!listings.find()) {
            throw new IllegalStateException("the stock conf/web.xml has no DefaultServlet listings=false");
        }
        Files.writeString(webXml, listings.replaceFirst("$1true$2"));
        tomcat.context("files", "<Context docBase=\"" + media + "\">\n  <Resources cacheMaxSize=\"" + cacheKiB
                + "\"/>\n</Context>\n");
        return tomcat;
    }

    Tomcat heapLimited(String limit) {
        heapLimit = Optional.of(limit);
        return this;
    }

    /** {@code attributes} starts with a space: it is appended inside the stock {@code <Connector} tag. */
    Tomcat withConnectorAttributes(String attributes) {
        connectorAttributes = attributes;
        return this;
    }

    @Override
    public Optional<String> heapLimit() {
        return heapLimit;
    }

    @Override
    public Path logs() {
        return base.resolve("logs");
    }

    @Override
    public Optional<String> healthPath() {
        return bigPath.startsWith("/reel/") ? Optional.of("/reel/health") : Optional.empty();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int port() {
        return port;
    }

    @Override
    public String bigPath() {
        return bigPath;
    }

    @Override
    public long pid() {
        return process.pid();
    }

    private void prepare() throws IOException {
        ServerProcesses.deleteTree(base);
        for (String dir : List.of("logs", "temp", "webapps", "work", "conf/Catalina/localhost")) {
            Files.createDirectories(base.resolve(dir));
        }
        try (var files = Files.list(home.resolve("conf"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, base.resolve("conf").resolve(file.getFileName()));
            }
        }
    }

    private void context(String path, String xml) throws IOException {
        Files.writeString(base.resolve("conf/Catalina/localhost/" + path + ".xml"), xml);
    }

    @Override
    public void start() throws Exception {
        port = ServerProcesses.freePort();
        // The stock server.xml, changed only where it must be: loopback, a free port, no shutdown
        // port, and the connector's sendfile switch (on by default in Tomcat).
        String serverXml = Files.readString(home.resolve("conf/server.xml"))
                .replace("port=\"8005\"", "port=\"-1\"")
                .replace("<Connector port=\"8080\"", "<Connector port=\"" + port + "\" address=\"127.0.0.1\""
                        + " useSendfile=\"" + sendfile + "\"" + connectorAttributes);
        if (!serverXml.contains("useSendfile")) {
            throw new IllegalStateException("the stock server.xml has no <Connector port=\"8080\"");
        }
        Files.writeString(base.resolve("conf/server.xml"), serverXml);
        ProcessBuilder builder = new ProcessBuilder("sh", home.resolve("bin/catalina.sh").toString(), "run")
                .redirectErrorStream(true).redirectOutput(base.resolve("logs/console.out").toFile());
        builder.environment().put("CATALINA_HOME", home.toString());
        builder.environment().put("CATALINA_BASE", base.toString());
        builder.environment().put("CATALINA_PID", base.resolve("tomcat.pid").toString());
        builder.environment().put("CATALINA_OPTS", heapLimit.map(limit -> "-Xmx" + limit).orElse("") + " "
                + System.getenv().getOrDefault("BENCH_CATALINA_OPTS", ""));
        process = builder.start();
        ServerProcesses.awaitHttp(port, bigPath, process);
    }

    @Override
    public void stop() throws Exception {
        ServerProcesses.stop(process);
    }
}
