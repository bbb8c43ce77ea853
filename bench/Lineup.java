import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The servers under test, in the order they run and the report lists them, each with a base directory under work/. */
record Lineup(Path work, Path catalinaHome, Path media) {

    static final String HEAP_LIMIT = "512m";

    /** Prepares every Tomcat's base directory as it is listed, so all are ready before the first one starts. */
    List<Server> servers(Path war, Optional<Path> baselineWar, String baselineName) throws IOException {
        List<Server> servers = new ArrayList<>();
        servers.add(reel("reel, 8 KB loop", "reel-loop", war, false));
        if (baselineWar.isPresent()) {
            servers.add(reel(baselineName + ", 8 KB loop", "reel-before", baselineWar.get().toAbsolutePath(), false));
        }
        servers.add(defaultServlet("DefaultServlet, sendfile off", "default-loop", false));
        servers.add(reel("reel, sendfile on", "reel-sendfile", war, true));
        servers.add(defaultServlet("DefaultServlet, sendfile on", "default-sendfile", true));
        if (Commands.has("nginx")) {
            servers.add(new Nginx(work.resolve("nginx"), media));
            // The tier of docs/SCALING.md: the first row's reel, one node, behind deploy/nginx/reel.conf, cache warm.
            servers.add(new CachedReel(reel("reel, 8 KB loop", "reel-behind-nginx", war, false),
                    work.resolve("nginx-cache"), media.resolve("big.mp4")));
        }
        // As ops teams run a shared Tomcat: with a heap limit. Only the audience workloads, where memory counts.
        servers.add(reel("reel, 8 KB loop", "reel-loop-512m", war, false).heapLimited(HEAP_LIMIT));
        if (baselineWar.isPresent()) {
            servers.add(reel(baselineName + ", 8 KB loop", "reel-before-512m", baselineWar.get().toAbsolutePath(),
                    false).heapLimited(HEAP_LIMIT));
        }
        // The kernel grows a loopback socket's send buffer to 4 MB, and the loop copies that much into every
        // stream before its client pushes back; a fixed 64 KB buffer is how an operator bounds that.
        servers.add(reel("reel, 8 KB loop, socket.txBufSize=65536", "reel-loop-tuned-512m", war, false)
                .heapLimited(HEAP_LIMIT).withConnectorAttributes(" socket.txBufSize=\"65536\""));
        servers.add(reel("reel, sendfile on", "reel-sendfile-512m", war, true).heapLimited(HEAP_LIMIT));
        servers.add(defaultServlet("DefaultServlet, sendfile off", "default-loop-512m", false).heapLimited(HEAP_LIMIT));
        servers.add(defaultServlet("DefaultServlet, sendfile on", "default-sendfile-512m", true).heapLimited(HEAP_LIMIT));
        return servers;
    }

    private Tomcat reel(String name, String base, Path war, boolean sendfile) throws IOException {
        return Tomcat.reel(name, work.resolve(base), catalinaHome, war, media, sendfile);
    }

    private Tomcat defaultServlet(String name, String base, boolean sendfile) throws IOException {
        return Tomcat.defaultServlet(name, work.resolve(base), catalinaHome, media, sendfile);
    }
}
