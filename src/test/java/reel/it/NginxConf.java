package reel.it;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * deploy/nginx/reel.conf as a test runs it: the file's own text with the four things an operator makes
 * theirs replaced (the nodes, the listen line, the cache folder, the log folder) and nothing else; each
 * must be spelled as the file spells it today, so a test can never run a configuration other than the
 * documented one. And the nginx.conf around it, which Debian's own nginx.conf is in production.
 * Public, and needing only the JDK, because bench/run.sh compiles it beside the benchmark, which runs the
 * same site file.
 */
public final class NginxConf {

    /** The configuration that docs/SCALING.md describes, relative to the project folder Maven runs in. */
    public static final Path SITE = Path.of("deploy/nginx/reel.conf");

    /** The upstream's node lines: documentation addresses (RFC 5737), port 8080, the same parameters each. */
    private static final Pattern NODE_LINE = Pattern.compile("(?m)^( +)server 192\\.0\\.2\\.\\d+:8080( [^;\\n]*)?;\\n");
    private static final String LISTEN = "listen 80 ";
    private static final String CACHE_FOLDER = "proxy_cache_path /var/cache/nginx/reel ";
    private static final String LOG_FOLDER = "/var/log/nginx/";

    private NginxConf() {
    }

    /**
     * The site file for nodes listening on 127.0.0.1 at {@code nodePorts}, in their order, for nginx on
     * 127.0.0.1:{@code port}, with its cache in {@code folder}/cache and its logs in {@code folder}/logs.
     */
    public static String site(String conf, List<Integer> nodePorts, int port, Path folder) {
        if (nodePorts.isEmpty()) {
            throw new IllegalArgumentException("an upstream needs a node");
        }
        String withNodes = replaceNodeLines(conf, nodePorts);
        String withListen = replaceOnce(withNodes, LISTEN, "listen 127.0.0.1:" + port + " ");
        String withCache = replaceOnce(withListen, CACHE_FOLDER, "proxy_cache_path " + folder.resolve("cache") + " ");
        return replaceOnce(withCache, LOG_FOLDER, folder.resolve("logs") + "/");
    }

    /**
     * What Debian's /etc/nginx/nginx.conf puts around conf.d/reel.conf (sendfile for cached slices, the
     * http block that includes the site), with every path in {@code folder}, for a test's few workers.
     */
    static String main(Path folder, Path site, boolean asRoot) {
        return main(folder, site, asRoot, """
                worker_processes 2;
                error_log %s/logs/error.log info;
                events {
                    worker_connections 512;
                }
                """.formatted(folder));
    }

    /**
     * The same with {@code workers}, the top-level lines that size the server (worker processes, connections,
     * descriptors, the error log), as the benchmark's larger audiences need. Run as root, nginx starts its
     * workers as nobody, who may not write in {@code folder}; then they run as root.
     */
    public static String main(Path folder, Path site, boolean asRoot, String workers) {
        return (asRoot ? "user root;\n" : "") + "pid " + folder + "/nginx.pid;\n" + workers + """
                http {
                    sendfile on;
                    tcp_nopush on;
                    client_body_temp_path %1$s/temp/client_body;
                    proxy_temp_path %1$s/temp/proxy;
                    fastcgi_temp_path %1$s/temp/fastcgi;
                    uwsgi_temp_path %1$s/temp/uwsgi;
                    scgi_temp_path %1$s/temp/scgi;
                    access_log %1$s/logs/access.log;
                    include %2$s;
                }
                """.formatted(folder, site);
    }

    private static String replaceNodeLines(String conf, List<Integer> nodePorts) {
        Matcher lines = NODE_LINE.matcher(conf);
        if (!lines.find()) {
            throw new IllegalStateException(SITE + " has no line like \"server 192.0.2.11:8080 ...;\" in its upstream");
        }
        int start = lines.start();
        int end = lines.end();
        String indent = lines.group(1);
        String parameters = lines.group(2) == null ? "" : lines.group(2);
        while (lines.find()) {
            if (lines.start() != end || !parameters.equals(lines.group(2) == null ? "" : lines.group(2))) {
                throw new IllegalStateException(SITE + ": the node lines must follow each other with the same parameters");
            }
            end = lines.end();
        }
        String nodes = nodePorts.stream().map(port -> indent + "server 127.0.0.1:" + port + parameters + ";\n")
                .collect(Collectors.joining());
        return conf.substring(0, start) + nodes + conf.substring(end);
    }

    private static String replaceOnce(String text, String target, String replacement) {
        int at = text.indexOf(target);
        if (at < 0 || text.indexOf(target, at + 1) >= 0) {
            throw new IllegalStateException(SITE + " does not contain exactly one " + target);
        }
        return text.replace(target, replacement);
    }
}
