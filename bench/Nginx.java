import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** nginx with sendfile, as a static file server is usually run; worker processes measured with the master. */
final class Nginx implements Server {
    private final Path base;
    private final Path media;
    private int port;
    private Process process;

    Nginx(Path base, Path media) {
        this.base = base;
        this.media = media;
    }

    @Override
    public String name() {
        return "nginx " + version() + ", sendfile on";
    }

    @Override
    public int port() {
        return port;
    }

    @Override
    public String bigPath() {
        return "/big.mp4";
    }

    @Override
    public Path logs() {
        return base.resolve("logs");
    }

    @Override
    public boolean isJvm() {
        return false;
    }

    @Override
    public long pid() {
        return process.pid();
    }

    @Override
    public void start() throws Exception {
        port = ServerProcesses.freePort();
        ServerProcesses.deleteTree(base);
        Files.createDirectories(base.resolve("logs"));
        String conf = """
                daemon off;
                master_process on;
                worker_processes auto;
                worker_rlimit_nofile 20000;
                pid %1$s/nginx.pid;
                error_log %1$s/logs/error.log;
                events { worker_connections 12000; }
                http {
                  include /etc/nginx/mime.types;
                  access_log %1$s/logs/access.log;
                  client_body_temp_path %1$s/tmp;
                  proxy_temp_path %1$s/tmp;
                  fastcgi_temp_path %1$s/tmp;
                  uwsgi_temp_path %1$s/tmp;
                  scgi_temp_path %1$s/tmp;
                  sendfile on;
                  tcp_nopush on;
                  server {
                    listen 127.0.0.1:%2$d;
                    root %3$s;
                  }
                }
                """.formatted(base, port, media);
        Files.createDirectories(base.resolve("tmp"));
        Files.writeString(base.resolve("nginx.conf"), conf);
        process = new ProcessBuilder("nginx", "-p", base.toString(), "-c", base.resolve("nginx.conf").toString())
                .redirectErrorStream(true).redirectOutput(base.resolve("logs/console.out").toFile()).start();
        ServerProcesses.awaitHttp(port, bigPath(), process);
    }

    @Override
    public void stop() throws Exception {
        ServerProcesses.stop(process);
    }

    /** nginx's version, as {@code nginx -v} tells it. */
    static String version() {
        String out = Commands.run(List.of("nginx", "-v"));
        Matcher m = Pattern.compile("nginx/(\\S+)").matcher(out);
        return m.find() ? m.group(1) : "";
    }
}
