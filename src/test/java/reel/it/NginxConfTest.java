package reel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** deploy/nginx/reel.conf as ScaleOutIT runs it: only the operator's four things change, or the test refuses it. */
final class NginxConfTest {

    private static final Path FOLDER = Path.of("/tmp/nginx-1");

    @ParameterizedTest(name = "{0} node(s)")
    @ValueSource(ints = {1, 2, 3})
    void theFileRunsWithTheTestsNodesPortAndFoldersAndOtherwiseAsItIs(int nodeCount) throws Exception {
        String conf = Files.readString(NginxConf.SITE);
        List<Integer> ports = List.of(20001, 20002, 20003).subList(0, nodeCount);

        String site = NginxConf.site(conf, ports, 30000, FOLDER);

        for (int port : ports) {
            assertTrue(site.contains("    server 127.0.0.1:" + port + " max_fails=1 fail_timeout=10s;\n"), site);
        }
        assertEquals(nodeCount, Pattern.compile("(?m)^ +server ").matcher(site).results().count());
        assertTrue(site.contains("listen 127.0.0.1:30000 sndbuf=64k;"), site);
        assertTrue(site.contains("proxy_cache_path /tmp/nginx-1/cache levels=1:2 "), site);
        assertTrue(site.contains("access_log /tmp/nginx-1/logs/reel-access.log reel_cache;"), site);
        assertFalse(site.contains("192.0.2.") || site.contains("/var/"), site);
        assertEquals(lines(conf) - 2 + nodeCount, lines(site), "no other line added or lost");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            no node line           | 192.0.2.                               | 10.0.0.
            node lines apart       | keepalive 16;                          | server 192.0.2.13:8080 max_fails=1;
            node lines that differ | 192.0.2.12:8080 max_fails=1            | 192.0.2.12:8080 max_fails=3
            no listen 80           | listen 80 sndbuf=64k;                  | listen 8080 sndbuf=64k;
            listen 80 twice        | listen 80 sndbuf=64k;                  | listen 80 sndbuf=64k; listen 80 sndbuf=64k;
            another cache folder   | proxy_cache_path /var/cache/nginx/reel | proxy_cache_path /srv/cache
            another log folder     | /var/log/nginx/                        | /srv/log/
            """)
    void aFileChangedWhereTheTestChangesItIsRefused(String change, String target, String replacement) throws Exception {
        String conf = Files.readString(NginxConf.SITE);
        assertTrue(conf.contains(target), target);
        String changed = conf.replace(target, replacement);

        assertThrows(IllegalStateException.class, () -> NginxConf.site(changed, List.of(20001), 30000, FOLDER));
    }

    /**
     * The cache key holds neither who asked nor when a share link expires: every location that caches must
     * pass such requests by and store nothing from them, whatever Cache-Control the nodes send.
     */
    @Test
    void everyLocationThatCachesLeavesSignedInViewersAndShareLinksOut() throws Exception {
        List<String> locations = Pattern.compile("(?m)^    location ").splitAsStream(Files.readString(NginxConf.SITE))
                .skip(1).map(location -> location.substring(0, location.indexOf("\n    }"))).toList();

        List<String> caching = locations.stream().filter(location -> location.contains("proxy_cache reel;")).toList();

        assertEquals(2, caching.size(), "the slices of /reel/video/ and the rest of /reel/: " + locations);
        for (String location : caching) {
            assertTrue(location.contains("\n        proxy_cache_bypass $http_authorization $arg_share;\n"), location);
            assertTrue(location.contains("\n        proxy_no_cache $http_authorization $arg_share;\n"), location);
        }
    }

    @Test
    void workersRunAsRootOnlyWhenTheTestDoes() {
        Path site = FOLDER.resolve("reel.conf");
        assertTrue(NginxConf.main(FOLDER, site, true).startsWith("user root;\n"));
        assertFalse(NginxConf.main(FOLDER, site, false).contains("user "));
        assertTrue(NginxConf.main(FOLDER, site, false).contains("include /tmp/nginx-1/reel.conf;"));
    }

    private static long lines(String text) {
        return text.lines().count();
    }
}
