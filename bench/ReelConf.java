import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * deploy/nginx/reel.conf as the benchmark runs it: the file's own text with only the things ScaleOutIT
 * changes made local (the node lines, the listen line, the cache folder, the log folder), each of which
 * must be spelled as the file spells it, so the benchmark never measures a configuration other than the
 * documented one. And the nginx.conf around it: the plain nginx server's worker settings, Debian's
 * sendfile and tcp_nopush, every path under one folder.
 */
final class ReelConf {

    /** The tested configuration, relative to the project folder bench/run.sh runs in. */
    static final Path SITE = Path.of("deploy/nginx/reel.conf");

    /** The upstream's node lines, one or more in a row: documentation addresses, port 8080, the same parameters. */
    private static final Pattern NODE_LINES =
            Pattern.compile("(?m)^( +)server 192\\.0\\.2\\.\\d+:8080( [^;\\n]*|);\\n(?:\\1server 192\\.0\\.2\\.\\d+:8080\\2;\\n)*");
    private static final String LISTEN = "listen 80 ";
    private static final String CACHE_FOLDER = "proxy_cache_path /var/cache/nginx/reel ";
    private static final String LOG_FOLDER = "/var/log/nginx/";

    private ReelConf() {
    }

    /**
     * The site with one node on 127.0.0.1:{@code nodePort}, nginx on 127.0.0.1:{@code port}, the cache in
     * {@code folder}/cache and the logs in {@code folder}/logs.
     */
    static String site(String conf, int nodePort, int port, Path folder) {
        Matcher nodes = NODE_LINES.matcher(conf);
        if (!nodes.find()) {
            throw new IllegalStateException(SITE + " has no line like \"server 192.0.2.11:8080 ...;\" in its upstream");
        }
        String withNode = conf.substring(0, nodes.start()) + nodes.group(1) + "server 127.0.0.1:" + nodePort
                + nodes.group(2) + ";\n" + conf.substring(nodes.end());
        if (nodes.find()) {
            throw new IllegalStateException(SITE + ": the node lines must follow each other with the same parameters");
        }
        String withListen = replaceOnce(withNode, LISTEN, "listen 127.0.0.1:" + port + " ");
        String withCache = replaceOnce(withListen, CACHE_FOLDER, "proxy_cache_path " + folder.resolve("cache") + " ");
        return replaceOnce(withCache, LOG_FOLDER, folder.resolve("logs") + "/");
    }

    /**
     * The nginx.conf that includes {@code site}: the worker settings of the plain nginx server (enough
     * connections and descriptors for the largest audience), Debian's sendfile and tcp_nopush, which the
     * site turns off for video. Run as root, nginx starts its workers as nobody, who may not write the
     * cache folder; then they run as root.
     */
    static String main(Path folder, Path site, boolean asRoot) {
        return """
                %1$sworker_processes auto;
                worker_rlimit_nofile 20000;
                pid %2$s/nginx.pid;
                error_log %2$s/logs/error.log;
                events { worker_connections 12000; }
                http {
                  sendfile on;
                  tcp_nopush on;
                  client_body_temp_path %2$s/temp/client_body;
                  proxy_temp_path %2$s/temp/proxy;
                  fastcgi_temp_path %2$s/temp/fastcgi;
                  uwsgi_temp_path %2$s/temp/uwsgi;
                  scgi_temp_path %2$s/temp/scgi;
                  access_log %2$s/logs/access.log;
                  include %3$s;
                }
                """.formatted(asRoot ? "user root;\n" : "", folder, site);
    }

    private static String replaceOnce(String text, String target, String replacement) {
        int at = text.indexOf(target);
        if (at < 0 || text.indexOf(target, at + 1) >= 0) {
            throw new IllegalStateException(SITE + " does not contain exactly one " + target);
        }
        return text.replace(target, replacement);
    }
}
