import java.nio.file.Path;
import java.util.List;
import reel.it.NginxConf;

/**
 * deploy/nginx/reel.conf as the benchmark runs it: the site file as the tests run it ({@link NginxConf},
 * compiled beside the benchmark by run.sh), with one node; and the nginx.conf around it: the plain nginx
 * server's worker settings, Debian's sendfile and tcp_nopush, every path under one folder.
 */
final class ReelConf {

    /** The tested configuration, relative to the project folder bench/run.sh runs in. */
    static final Path SITE = NginxConf.SITE;

    private ReelConf() {
    }

    /**
     * The site with one node on 127.0.0.1:{@code nodePort}, nginx on 127.0.0.1:{@code port}, the cache in
     * {@code folder}/cache and the logs in {@code folder}/logs.
     */
    static String site(String conf, int nodePort, int port, Path folder) {
        return NginxConf.site(conf, List.of(nodePort), port, folder);
    }

    /**
     * The nginx.conf that includes {@code site}: the worker settings of the plain nginx server (enough
     * connections and descriptors for the largest audience), Debian's sendfile and tcp_nopush, which the
     * site turns off for video. Run as root, nginx starts its workers as nobody, who may not write the
     * cache folder; then they run as root.
     */
    static String main(Path folder, Path site, boolean asRoot) {
        return NginxConf.main(folder, site, asRoot, """
                worker_processes auto;
                worker_rlimit_nofile 20000;
                error_log %s/logs/error.log;
                events { worker_connections 12000; }
                """.formatted(folder));
    }
}
