package reel.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static reel.it.DeployedReel.CLIENT;
import static reel.it.DeployedReel.await;
import static reel.it.DeployedReel.awaitAnswer;
import static reel.it.DeployedReel.awaitHealthy;
import static reel.it.DeployedReel.get;
import static reel.it.ErrorPages.request;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.management.MalformedObjectNameException;
import javax.management.ObjectName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * reel.war on the official Tomcat distributions (11.0 and 10.1, unpacked from Maven Central by the
 * build into {@code target/deploy-test/}), each started with its own {@code catalina.sh} on a fresh
 * {@code CATALINA_BASE}: the way an operator deploys it, configured the ways docs/OPERATIONS.md shows.
 * A run fails on any SEVERE line, stack trace, leak warning or warning from reel in Tomcat's logs
 * ({@link TomcatLog}), other than those the test causes on purpose and names.
 */
final class DistributionDeployIT {

    private static final long VIDEO_SIZE = 100_000;
    /** docs/OPERATIONS.md, "Secure": /metrics behind HTTP Basic authentication, added to conf/web.xml. */
    static final String METRICS_CONSTRAINT = """
              <security-constraint>
                <web-resource-collection>
                  <web-resource-name>metrics</web-resource-name>
                  <url-pattern>/metrics</url-pattern>
                </web-resource-collection>
                <auth-constraint>
                  <role-name>reel-metrics</role-name>
                </auth-constraint>
              </security-constraint>
              <login-config>
                <auth-method>BASIC</auth-method>
                <realm-name>reel</realm-name>
              </login-config>
              <security-role>
                <role-name>reel-metrics</role-name>
              </security-role>
            """;
    /** docs/OPERATIONS.md, "Secure": the scraper's user, added to conf/tomcat-users.xml. */
    static final String METRICS_USER = """
              <role rolename="reel-metrics"/>
              <user username="prometheus" password="change-me" roles="reel-metrics"/>
            """;
    /** docs/OPERATIONS.md, "Sign-in": users and roles in conf/tomcat-users.xml, read by the stock UserDatabaseRealm. */
    static final String VIEWERS = """
              <role rolename="reel-viewer"/>
              <user username="ana" password="change-me-too" roles="reel-viewer"/>
              <user username="bob" password="change-me-also" roles="manager-gui"/>
              <role rolename="board-members"/>
              <user username="carla" password="change-me-three" roles="reel-viewer,board-members"/>
            """;
    /** docs/OPERATIONS.md, "Sign-in": the setting, in the context file beside reel.media.dir. */
    static final String ACCESS_ROLE = """
              <Parameter name="reel.access.role" value="reel-viewer" override="false"/>
              <Parameter name="reel.access.folders" value="Board:board-members;Training/HR:hr,hr-leads" override="false"/>
              <Parameter name="reel.share.secret" value="YOUR-OWN-SECRET" override="false"/>
            """;
    /** The share.secret the test puts in the placeholder above, and signs links with as docs/OPERATIONS.md says reel does. */
    private static final String SHARE_SECRET = "q3T0nX9pWm2cVb7LrYs5Hd8KfJa1Ez4GuQo6Ni0Rt2w";
    /** Another, for the redeployment that rotates the secret. */
    private static final String ROTATED_SECRET = "Xc7Lm2Qp9Rz4Tb1Vn8Hk3Jw6Ds0Fy5Ga2Eo7Ui4Pl9Mq";
    /** docs/OPERATIONS.md, "Another authenticator": a valve that replaces web.xml's BASIC. */
    static final String DIGEST_VALVE = """
              <Valve className="org.apache.catalina.authenticator.DigestAuthenticator"/>
            """;
    /** docs/OPERATIONS.md, "Secure": error pages without a report or Tomcat's version, in server.xml's {@code <Host>}. */
    static final String ERROR_REPORT_VALVE = """
                    <Valve className="org.apache.catalina.valves.ErrorReportValve" showReport="false" showServerInfo="false"/>
            """;
    /**
     * The pattern of the stock server.xml's AccessLogValve, to the end of its line (the distributions' files end
     * lines with CR LF): {@code %r} is the request line, query included.
     */
    private static final String STOCK_ACCESS_LOG_PATTERN = "pattern=\"%h %l %u %t &quot;%r&quot; %s %b\" />";
    /**
     * docs/OPERATIONS.md, "Share links": the stock pattern with the request line's method, path without the query,
     * and protocol in place of {@code %r}, so that a share link's token is not written with every request.
     */
    static final String ACCESS_LOG_WITHOUT_QUERY = """
                    <Valve className="org.apache.catalina.valves.AccessLogValve" directory="logs"
                           prefix="localhost_access_log" suffix=".txt"
                           pattern="%h %l %u %t &quot;%m %U %H&quot; %s %b" />
            """;
    /** docs/OPERATIONS.md, "Monitor": the same, with the Range asked for and the time taken. */
    static final String ACCESS_LOG_WITH_RANGES = """
                           pattern="%h %t &quot;%m %U %H&quot; %s %b &quot;%{Range}i&quot; %{ms}Tms" />
            """;
    /** Large enough that neither socket buffer holds the rest of the file while its viewer pauses. */
    private static final long LONG_TAKE_SIZE = 8L << 20;
    /** docs/OPERATIONS.md, "Monitor": the bean that follows the newest version, and each version's own. */
    private static final String CONTEXT_BEAN = "reel:type=Streaming,context=/reel";

    /** The distributions the build unpacked: {@code reel.deploy.tomcats}, one home directory per version. */
    static List<Path> distributions() {
        String property = System.getProperty("reel.deploy.tomcats");
        if (property == null || property.isBlank()) {
            throw new IllegalStateException("reel.deploy.tomcats is not set; run through Maven (mvn verify)");
        }
        return Arrays.stream(property.split(",")).map(String::strip).map(Path::of).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("distributions")
    void deploysServesRedeploysAndStopsCleanly(Path home) throws Exception {
        Path work = workDir(home, "ok");
        Path media = Fixtures.write(work.resolve("media/Spelled Offsets.mp4"), VIDEO_SIZE).getParent();
        // One setting from each source, as docs/OPERATIONS.md shows them.
        try (CatalinaProcess tomcat = CatalinaProcess.prepare(home, work.resolve("base"),
                Map.of("REEL_MAX_RANGES", "4"))) {
            tomcat.write("conf/Catalina/localhost/reel.xml", contextFile(media));
            // With the heap limit and exit-on-OOM the operations guide recommends.
            tomcat.write("bin/setenv.sh", "CATALINA_OPTS=\"$CATALINA_OPTS -Dreel.cache.max-age=10m\"\n"
                    + "CATALINA_OPTS=\"$CATALINA_OPTS -Xmx512m -XX:+ExitOnOutOfMemoryError\"\n");
            tomcat.insertBefore("conf/web.xml", "</web-app>", METRICS_CONSTRAINT);
            tomcat.insertBefore("conf/tomcat-users.xml", "</tomcat-users>", METRICS_USER);
            tomcat.insertBefore("conf/server.xml", "</Host>", ERROR_REPORT_VALVE);
            tomcat.replace("conf/server.xml", STOCK_ACCESS_LOG_PATTERN, ACCESS_LOG_WITH_RANGES.strip());
            tomcat.deploy(war());
            tomcat.start();

            String firstStart = awaitHealthy(tomcat, Optional.empty());
            assertServes(tomcat);
            await(tomcat, "the access log to show the range asked for", () -> tomcat.accessLogLines().stream()
                    .anyMatch(line -> line.matches("127\\.0\\.0\\.1 \\[[^\\]]+\\] \"GET /reel/video/Spelled%20Offsets\\.mp4"
                            + " HTTP/1\\.1\" 206 1000 \"bytes=1000-1999\" \\d+ms")));
            assertErrorPagesRevealNothing(tomcat);
            assertLogged(tomcat, "reel configuration: async.timeout=PT2H (default), cache.max-age=PT10M"
                    + " (from system property reel.cache.max-age), max-ranges=4 (from environment variable"
                    + " REEL_MAX_RANGES)");
            assertLogged(tomcat, "reel media folder " + media.toRealPath() + " (from context parameter reel.media.dir)");
            assertLogged(tomcat, "reel stream budget: 2048 streams at once (max-streams=auto: 50% of the 512 MiB"
                    + " heap limit at 128 KiB a stream); beyond it a video request is answered 503 with Retry-After");

            // Hot redeploy: a new WAR over the old one, as an operator upgrades.
            Path newer = work.resolve("reel.war");
            Files.copy(war(), newer);
            Files.setLastModifiedTime(newer, FileTime.from(Instant.now().plusSeconds(5)));
            tomcat.deploy(newer);
            awaitHealthy(tomcat, Optional.of(firstStart));
            assertServes(tomcat);
            assertTrue(metrics(tomcat).contains("reel_requests_total{status=\"206\"} 1\n"),
                    "metrics start again from zero after a redeploy");

            assertEquals(143, tomcat.stop(), "Tomcat ends by SIGTERM through its shutdown hook");
            assertEquals(List.of(), tomcat.problems(), () -> "log problems in " + tomcat.base().resolve("logs"));
        }
    }

    /**
     * docs/OPERATIONS.md, "Upgrade and roll back": a new version beside the old one (parallel deployment)
     * while a viewer, paused, is in the middle of a stream; then a roll back by removing the new one.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("distributions")
    void upgradesBesideARunningStreamThatFinishesOnTheOldVersion(Path home) throws Exception {
        Path work = workDir(home, "upgrade");
        Path media = Fixtures.write(work.resolve("media/Long Take.mp4"), LONG_TAKE_SIZE).getParent();
        // One place in each version's stream budget: which version answers then shows over HTTP too.
        try (CatalinaProcess tomcat = CatalinaProcess.prepare(home, work.resolve("base"),
                Map.of("REEL_MAX_STREAMS", "1"))) {
            tomcat.write("conf/Catalina/localhost/context.xml.default", contextFile(media));
            tomcat.insertBefore("conf/server.xml", "</Host>", ERROR_REPORT_VALVE);
            tomcat.deploy(war(), "reel##001.war");
            tomcat.start();
            String firstStart = awaitHealthy(tomcat, Optional.empty());

            try (AttachedJmx jmx = AttachedJmx.attach(tomcat.pid())) {
                assertEquals(beans(CONTEXT_BEAN, versionBean("001")), jmx.names("reel:*"));
                String secondStart = upgradeBeside(tomcat, jmx, firstStart);

                tomcat.undeploy("reel##002.war");
                assertEquals(firstStart, awaitHealthy(tomcat, Optional.of(secondStart)), "001 answers again");
                await(tomcat, "001 to hold the context's bean again", () -> jmx.names("reel:*")
                        .equals(beans(CONTEXT_BEAN, versionBean("001"))));
                assertEquals("001", jmx.attribute(CONTEXT_BEAN, "WebappVersion"));
            }
            assertLogged(tomcat, "reel JMX bean " + versionBean("002"));
            assertLogged(tomcat, "reel JMX bean " + CONTEXT_BEAN + " is now " + versionBean("002"));
            assertLogged(tomcat, "reel JMX bean " + CONTEXT_BEAN + " is now " + versionBean("001"));
            assertEquals(143, tomcat.stop(), "Tomcat ends by SIGTERM through its shutdown hook");
            // reel's warning of a full budget is the one expected: the test asked for that 503.
            String refusal = "reel's stream budget of 1 streams is full: 1 video request was answered 503";
            assertLogged(tomcat, refusal);
            assertEquals(List.of(), tomcat.problems().stream().filter(line -> !line.contains(refusal)).toList(),
                    () -> "log problems in " + tomcat.base().resolve("logs"));
        }
    }

    /**
     * Deploys reel##002.war while a viewer of 001 has read the start of a video and paused, checks that new
     * requests reach 002, then lets the viewer read the rest from 001; the start time of 002.
     */
    private static String upgradeBeside(CatalinaProcess tomcat, AttachedJmx jmx, String firstStart)
            throws Exception {
        String video = "/reel/video/Long%20Take.mp4";
        ByteArrayOutputStream watched = new ByteArrayOutputStream();
        String secondStart;
        try (SlowClient viewer = SlowClient.get(tomcat.port(), video)) {
            assertEquals(200, viewer.status());
            watched.write(viewer.readBytes(64 * 1024));
            RawHttp.Answer full = RawHttp.get(tomcat.port(), video);
            assertEquals(503, full.status(), "001's one place is the viewer's");
            ErrorPages.assertRevealsNothing("reel's 503", full);

            tomcat.deploy(war(), "reel##002.war");
            secondStart = awaitHealthy(tomcat, Optional.of(firstStart));

            HttpResponse<byte[]> range = CLIENT.send(get(tomcat, video, "Range", "bytes=1000-1999"),
                    BodyHandlers.ofByteArray());
            assertEquals(206, range.statusCode(), "002 has a place of its own");
            assertArrayEquals(Fixtures.bytes(1000, 1999), range.body());
            assertEquals(beans(CONTEXT_BEAN, versionBean("001"), versionBean("002")), jmx.names("reel:*"));
            assertEquals("002", jmx.attribute(CONTEXT_BEAN, "WebappVersion"));
            assertEquals(1L, jmx.attribute(versionBean("002"), "RangeResponses"));
            assertEquals(1L, jmx.attribute(versionBean("001"), "ActiveStreams"), "the viewer's stream is still on 001");

            watched.write(viewer.readBytes(Math.toIntExact(LONG_TAKE_SIZE) - watched.size()));
        }
        assertArrayEquals(Fixtures.content(LONG_TAKE_SIZE), watched.toByteArray(), "001 finished the stream");
        await(tomcat, "001 to count the stream as ended", () -> jmx.attribute(versionBean("001"), "ActiveStreams")
                .equals(0L));
        assertEquals(1L, jmx.attribute(versionBean("001"), "FullResponses"));
        assertEquals(0L, jmx.attribute(versionBean("001"), "ClientAborts"));
        return secondStart;
    }

    /**
     * docs/OPERATIONS.md, "Sign-in": reel.access.role with the stock realm over tomcat-users.xml and the
     * WAR's own BASIC login: the container signs in, reel asks it for the role.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("distributions")
    void signsInThroughTheContainersRealm(Path home) throws Exception {
        Path work = workDir(home, "sign-in");
        Path media = Fixtures.write(work.resolve("media/Spelled Offsets.mp4"), VIDEO_SIZE).getParent();
        Fixtures.write(media.resolve("Board/Minutes.mp4"), VIDEO_SIZE);
        Files.writeString(media.resolve("Spelled Offsets.en.srt"), "1\n00:00:01,000 --> 00:00:02,000\nHello\n");
        Files.writeString(media.resolve("Board/Minutes.srt"), "1\n00:00:01,000 --> 00:00:02,000\nAgreed\n");
        // docs/OPERATIONS.md, "Folders per role": links into Board are judged by where they lead.
        Files.createSymbolicLink(media.resolve("Board link"), Path.of("Board"));
        Files.createSymbolicLink(media.resolve("Minutes link.mp4"), Path.of("Board/Minutes.mp4"));
        // docs/OPERATIONS.md, "Folders per role": Training/HR is kept where it really is too, T2/HR.
        Fixtures.write(media.resolve("T2/HR/Pay.mp4"), VIDEO_SIZE);
        Files.createSymbolicLink(media.resolve("Training"), Path.of("T2"));
        try (CatalinaProcess tomcat = CatalinaProcess.prepare(home, work.resolve("base"), Map.of())) {
            tomcat.write("conf/Catalina/localhost/reel.xml", contextFile(media).replace("</Context>",
                    accessSettings(SHARE_SECRET) + "</Context>"));
            tomcat.insertBefore("conf/tomcat-users.xml", "</tomcat-users>", VIEWERS);
            tomcat.insertBefore("conf/server.xml", "</Host>", ERROR_REPORT_VALVE);
            tomcat.replace("conf/server.xml", STOCK_ACCESS_LOG_PATTERN, stockValveWithPatternOf(tomcat,
                    ACCESS_LOG_WITHOUT_QUERY));
            tomcat.deploy(war());
            tomcat.start();
            // Five regular files: the links are not counted (FileCount follows none).
            String started = awaitHealthy(tomcat, Optional.empty(), 5);

            HttpResponse<String> anonymous = CLIENT.send(get(tomcat, "/reel/"), BodyHandlers.ofString());
            assertEquals(401, anonymous.statusCode(), "anonymous: the container asks for a sign-in");
            assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic realm=\"reel\""));
            assertEquals(401, CLIENT.send(get(tomcat, "/reel/video/Spelled%20Offsets.mp4"), BodyHandlers.discarding())
                    .statusCode());
            assertEquals(401, CLIENT.send(get(tomcat, "/reel/", "Authorization", basic("ana", "wrong")),
                    BodyHandlers.discarding()).statusCode(), "a wrong password");

            HttpResponse<String> outsider = CLIENT.send(get(tomcat, "/reel/", "Authorization",
                    basic("bob", "change-me-also")), BodyHandlers.ofString());
            assertEquals(403, outsider.statusCode(), "signed in without the role");
            assertTrue(outsider.body().contains("Signed in as <strong>bob</strong>"), outsider::body);

            String ana = basic("ana", "change-me-too");
            HttpResponse<String> library = CLIENT.send(get(tomcat, "/reel/", "Authorization", ana), BodyHandlers.ofString());
            assertEquals(200, library.statusCode());
            assertTrue(library.body().contains("Spelled Offsets"), library::body);
            assertTrue(library.body().contains("Signed in as <strong>ana</strong>"), library::body);
            HttpResponse<byte[]> range = CLIENT.send(get(tomcat, "/reel/video/Spelled%20Offsets.mp4", "Authorization",
                    ana, "Range", "bytes=1000-1999"), BodyHandlers.ofByteArray());
            assertEquals(206, range.statusCode(), "she plays and seeks");
            assertArrayEquals(Fixtures.bytes(1000, 1999), range.body());
            assertEquals("private, max-age=3600", range.headers().firstValue("Cache-Control").orElse(""),
                    "her browser may keep it; no shared cache may");
            assertFolderSeenByItsRoleOnly(tomcat, ana, basic("carla", "change-me-three"));
            String refusals = CLIENT.send(get(tomcat, "/reel/metrics"), BodyHandlers.ofString()).body();
            assertTrue(refusals.contains("reel_access_refusals_total{reason=\"sign_in\"} 3\n")
                    && refusals.contains("reel_access_refusals_total{reason=\"forbidden\"} 1\n")
                    && refusals.contains("reel_access_refusals_total{reason=\"hidden_folder\"} 18\n"), refusals);
            String token = assertShareLinkOpensOneVideoUntilItExpires(tomcat, ana, basic("carla", "change-me-three"));
            assertAccessLogHasTheRequestsButNoToken(tomcat, token);
            assertTrue(CLIENT.send(get(tomcat, "/reel/metrics"), BodyHandlers.ofString()).body()
                    .contains("reel_access_refusals_total{reason=\"share_invalid\"} 5\n"));
            assertLogged(tomcat, "share.secret=(set) (from context parameter reel.share.secret)");
            assertTrue(tomcat.logLines().stream().noneMatch(line -> line.contains(SHARE_SECRET)), "the secret is never logged");

            HttpResponse<String> elsewhere = signOut(tomcat, ana, "https://evil.example");
            assertEquals(403, elsewhere.statusCode(), "no other site signs her out");
            assertTrue(elsewhere.body().contains("You are still signed in"), elsewhere::body);
            HttpResponse<String> signOut = signOut(tomcat, ana, origin(tomcat));
            assertEquals(401, signOut.statusCode(), "the challenge makes the browser forget her credentials");
            assertTrue(signOut.body().contains("You are signed out"), signOut::body);

            // docs/OPERATIONS.md, "Another authenticator": a valve in reel.xml takes BASIC's place.
            // docs/OPERATIONS.md, "Rotating the secret": here with the redeployment that swaps the authenticator.
            long expiry = Instant.now().getEpochSecond() + 3600;
            String madeBefore = "/reel/watch/Spelled%20Offsets.mp4?share=" + expiry + "." + sign("/Spelled Offsets.mp4", expiry);
            tomcat.write("conf/Catalina/localhost/reel.xml", contextFile(media).replace("</Context>",
                    accessSettings(ROTATED_SECRET) + DIGEST_VALVE + "</Context>"));
            awaitHealthy(tomcat, Optional.of(started), 5);
            HttpResponse<String> rotated = CLIENT.send(get(tomcat, madeBefore), BodyHandlers.ofString());
            assertEquals(403, rotated.statusCode(), "a new secret ends every link made with the old one");
            assertTrue(rotated.body().contains("This share link is no longer valid"), rotated::body);
            HttpResponse<String> digest = CLIENT.send(get(tomcat, "/reel/"), BodyHandlers.ofString());
            assertEquals(401, digest.statusCode());
            assertTrue(digest.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Digest realm=\"reel\""),
                    () -> digest.headers().map().toString());
            // A nonce answered once is not taken again (replay), so each request answers a fresh challenge.
            List<String> challenges = digest.headers().allValues("WWW-Authenticate");
            String digestAna = DigestCredentials.answer(challenges, "GET", "/reel/", "ana", "change-me-too").orElseThrow();
            HttpResponse<String> digestLibrary = CLIENT.send(get(tomcat, "/reel/", "Authorization", digestAna),
                    BodyHandlers.ofString());
            assertEquals(200, digestLibrary.statusCode(), "Ana signs in through Digest, her password never sent");
            assertTrue(digestLibrary.body().contains("Signed in as <strong>ana</strong>"), digestLibrary::body);
            assertEquals(401, CLIENT.send(get(tomcat, "/reel/", "Authorization", DigestCredentials.answer(
                    challenges(tomcat), "GET", "/reel/", "ana", "change-me-also").orElseThrow()), BodyHandlers.discarding())
                    .statusCode(), "a wrong password through Digest");
            HttpResponse<String> digestSignOut = signOut(tomcat, DigestCredentials.answer(challenges(tomcat), "POST",
                    "/reel/sign-out", "ana", "change-me-too").orElseThrow(), origin(tomcat));
            assertEquals(200, digestSignOut.statusCode(), "signed out, without a Basic challenge Digest never asks");
            assertTrue(digestSignOut.headers().firstValue("WWW-Authenticate").isEmpty(), () -> digestSignOut.headers().toString());
            assertTrue(digestSignOut.body().contains("close the browser to finish"), digestSignOut::body);

            assertEquals(143, tomcat.stop(), "Tomcat ends by SIGTERM through its shutdown hook");
            assertEquals(List.of(), tomcat.problems(), () -> "log problems in " + tomcat.base().resolve("logs"));
        }
    }

    /**
     * docs/OPERATIONS.md, "Folders per role": Board is Carla's; Ana finds it nowhere, nor the links into it
     * ("Board link", "Minutes link.mp4"), and each of their URLs is 404 (8 refused by the URL, 7 by where the
     * link leads); Carla sees and plays through the links.
     */
    private static void assertFolderSeenByItsRoleOnly(CatalinaProcess tomcat, String ana, String carla) throws Exception {
        await(tomcat, "the index to hold Board's video", () -> CLIENT.send(get(tomcat, "/reel/search?q=minutes",
                "Authorization", carla), BodyHandlers.ofString()).body().contains("Minutes"));
        for (String path : List.of("/reel/", "/reel/search", "/reel/search?q=minutes", "/reel/search?q=board",
                "/reel/search?q=pay", "/reel/browse/T2/")) {
            HttpResponse<String> page = CLIENT.send(get(tomcat, path, "Authorization", ana), BodyHandlers.ofString());
            assertEquals(200, page.statusCode(), path);
            assertTrue(!page.body().contains("Board") && !page.body().contains("Minutes") && !page.body().contains("Pay"),
                    () -> path + page.body());
        }
        assertTrue(CLIENT.send(get(tomcat, "/reel/", "Authorization", carla), BodyHandlers.ofString()).body()
                .contains("Minutes"), "Carla's Recently added holds Board's video");
        // The search page's size of the library: Carla's counts Board, its video and both links into it; Ana's
        // only Spelled Offsets.mp4; both count T2 and Training, and neither HR or its Pay.mp4.
        await(tomcat, "the index to be ready", () -> CLIENT.send(get(tomcat, "/reel/search", "Authorization", carla),
                BodyHandlers.ofString()).body().contains("The library holds 3 videos and 4 folders."));
        String size = CLIENT.send(get(tomcat, "/reel/search", "Authorization", ana), BodyHandlers.ofString()).body();
        assertTrue(size.contains("The library holds 1 video and 2 folders."), size);
        assertEquals(301, CLIENT.send(get(tomcat, "/reel/browse/Board", "Authorization", ana), BodyHandlers.discarding())
                .statusCode(), "redirected to the slash form, as /reel/browse/Nope is");
        for (String path : List.of("/reel/browse/Board/", "/reel/browse/board/", "/reel/browse/Board/Sub/",
                "/reel/watch/Board/Minutes.mp4", "/reel/video/Board/Minutes.mp4",
                "/reel/video/Board/Minutes.mp4?download", "/reel/subtitles/Board/Minutes.srt",
                "/reel/video//Board/Minutes.mp4", "/reel/watch/Minutes%20link.mp4",
                "/reel/watch/Board%20link/Minutes.mp4", "/reel/video/Minutes%20link.mp4?download",
                "/reel/video/Board%20link/Minutes.mp4", "/reel/subtitles/Board%20link/Minutes.srt",
                "/reel/browse/T2/HR/", "/reel/video/T2/HR/Pay.mp4", "/reel/browse/Training/HR/")) {
            assertEquals(404, CLIENT.send(get(tomcat, path, "Authorization", ana), BodyHandlers.discarding())
                    .statusCode(), path);
        }
        assertEquals(404, CLIENT.send(get(tomcat, "/reel/browse/Nope/", "Authorization", ana), BodyHandlers.ofString())
                .statusCode(), "as for a folder that does not exist");
        for (List<String> sameAnswer : List.of(List.of("/reel/browse/Board%20link/", "/reel/browse/Nope/"),
                List.of("/reel/video/Minutes%20link.mp4", "/reel/video/Nope.mp4"))) {
            HttpResponse<String> linked = CLIENT.send(get(tomcat, sameAnswer.get(0), "Authorization", ana),
                    BodyHandlers.ofString());
            HttpResponse<String> missing = CLIENT.send(get(tomcat, sameAnswer.get(1), "Authorization", ana),
                    BodyHandlers.ofString());
            assertEquals(List.of(404, missing.body()), List.of(linked.statusCode(), linked.body()), sameAnswer::toString);
        }
        String library = CLIENT.send(get(tomcat, "/reel/", "Authorization", carla), BodyHandlers.ofString()).body();
        assertTrue(library.contains("Board link") && library.contains("Minutes link"), library);
        assertEquals(200, CLIENT.send(get(tomcat, "/reel/watch/Minutes%20link.mp4", "Authorization", carla),
                BodyHandlers.discarding()).statusCode());
        assertEquals(206, CLIENT.send(get(tomcat, "/reel/video/Board%20link/Minutes.mp4", "Authorization", carla, "Range",
                "bytes=0-9"), BodyHandlers.discarding()).statusCode());
        assertEquals(200, CLIENT.send(get(tomcat, "/reel/watch/Board/Minutes.mp4", "Authorization", carla),
                BodyHandlers.discarding()).statusCode());
        assertEquals(206, CLIENT.send(get(tomcat, "/reel/video/Board/Minutes.mp4", "Authorization", carla, "Range",
                "bytes=0-9"), BodyHandlers.discarding()).statusCode());
    }

    /**
     * docs/OPERATIONS.md, "Share links": Ana makes a link from the player; anyone holding it plays and
     * seeks that one video and its subtitles, and nothing else; altered, expired or moved to another file,
     * it answers 403. Carla can share from Board, which Ana cannot even see. Every answer through the link is
     * private, so no cache between the viewer and Tomcat keeps it past the expiry.
     *
     * @return the token of the link Ana made
     */
    private static String assertShareLinkOpensOneVideoUntilItExpires(CatalinaProcess tomcat, String ana, String carla)
            throws Exception {
        String player = CLIENT.send(get(tomcat, "/reel/watch/Spelled%20Offsets.mp4", "Authorization", ana),
                BodyHandlers.ofString()).body();
        assertTrue(player.contains("<form class=\"share\" action=\"/reel/share\" method=\"post\">"), player);
        String origin = tomcat.uri("").toString();
        assertEquals(403, share(tomcat, ana, "/Spelled Offsets.mp4", "Origin", "https://evil.example").statusCode(),
                "posted from another site");
        assertEquals(403, share(tomcat, ana, "/Spelled Offsets.mp4").statusCode(), "neither Origin nor Referer");
        assertEquals(404, share(tomcat, ana, "/Board/Minutes.mp4", "Origin", origin).statusCode(),
                "Ana cannot share what she cannot see");
        assertEquals(404, share(tomcat, ana, "/Minutes link.mp4", "Origin", origin).statusCode(),
                "nor through a link into it");
        HttpResponse<String> made = share(tomcat, ana, "/Spelled Offsets.mp4", "Origin", origin);
        assertEquals(200, made.statusCode(), made::body);
        java.util.regex.Matcher found = java.util.regex.Pattern.compile("value=\"(" + java.util.regex.Pattern.quote(origin)
                + "/reel/watch/Spelled%20Offsets.mp4\\?share=([0-9]+\\.[A-Za-z0-9_-]{43}))\"").matcher(made.body());
        assertTrue(found.find(), made::body);
        String link = found.group(1);
        String token = found.group(2);

        HttpResponse<String> page = CLIENT.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(link)).build(),
                BodyHandlers.ofString());
        assertEquals(200, page.statusCode(), "anyone with the link, nobody signed in");
        String source = attribute(page.body(), "<source src=\"");
        HttpResponse<byte[]> range = CLIENT.send(get(tomcat, source, "Range", "bytes=1000-1999"), BodyHandlers.ofByteArray());
        assertEquals(206, range.statusCode(), "plays and seeks");
        assertArrayEquals(Fixtures.bytes(1000, 1999), range.body());
        assertEquals("private, max-age=31536000, immutable", range.headers().firstValue("Cache-Control").orElse(""));
        java.util.regex.Matcher download = java.util.regex.Pattern.compile("href=\"([^\"]*download[^\"]*)\" download")
                .matcher(page.body());
        assertTrue(download.find(), page::body);
        HttpResponse<byte[]> saved = CLIENT.send(get(tomcat, download.group(1).replace("&amp;", "&")),
                BodyHandlers.ofByteArray());
        assertEquals(200, saved.statusCode(), "and downloads it: " + download.group(1));
        assertTrue(saved.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        assertEquals(VIDEO_SIZE, saved.body().length);
        HttpResponse<String> track = CLIENT.send(get(tomcat, attribute(page.body(), "<track kind=\"subtitles\" src=\"")),
                BodyHandlers.ofString());
        assertEquals(200, track.statusCode());
        assertTrue(track.body().startsWith("WEBVTT"), track::body);
        assertTrue(track.headers().firstValue("Cache-Control").orElse("").startsWith("private, "),
                () -> track.headers().map().toString());

        assertEquals(401, CLIENT.send(get(tomcat, "/reel/?share=" + token), BodyHandlers.discarding()).statusCode(),
                "the library is not part of the link");
        long now = Instant.now().getEpochSecond();
        String altered = token.substring(0, token.length() - 1) + (token.endsWith("A") ? "B" : "A");
        for (String refused : List.of("/reel/watch/Board/Minutes.mp4?share=" + token,
                "/reel/video/Board/Minutes.mp4?share=" + token, "/reel/video/Spelled%20Offsets.mp4?share=" + altered,
                "/reel/watch/Spelled%20Offsets.mp4?share=" + (now - 1) + "." + sign("/Spelled Offsets.mp4", now - 1))) {
            HttpResponse<String> answer = CLIENT.send(get(tomcat, refused), BodyHandlers.ofString());
            assertEquals(403, answer.statusCode(), refused);
            assertTrue(answer.body().contains("This share link is no longer valid"), answer::body);
        }
        String ours = "/reel/watch/Spelled%20Offsets.mp4?share=" + (now + 3600) + "." + sign("/Spelled Offsets.mp4", now + 3600);
        assertEquals(200, CLIENT.send(get(tomcat, ours), BodyHandlers.discarding()).statusCode(),
                "signed as OPERATIONS describes, so any node with the secret agrees");

        HttpResponse<String> board = share(tomcat, carla, "/Board/Minutes.mp4", "Referer", origin + "/reel/watch/Board/Minutes.mp4");
        assertEquals(200, board.statusCode(), board::body);
        String boardLink = attribute(board.body(), "readonly value=\"").substring(origin.length());
        assertEquals(200, CLIENT.send(get(tomcat, boardLink), BodyHandlers.discarding()).statusCode(),
                "folder roles apply when the link is made, by someone who may see it");
        assertEquals(403, CLIENT.send(get(tomcat, boardLink.replace("Board/Minutes", "Spelled%20Offsets")),
                BodyHandlers.discarding()).statusCode());
        HttpResponse<String> linked = share(tomcat, carla, "/Minutes link.mp4", "Origin", origin);
        assertEquals(200, linked.statusCode(), linked::body);
        HttpResponse<String> linkedPage = CLIENT.send(get(tomcat, attribute(linked.body(), "readonly value=\"")
                .substring(origin.length())), BodyHandlers.ofString());
        assertEquals(200, linkedPage.statusCode(), "a link into Board, shared by Carla, opens to anyone holding it");
        assertEquals(206, CLIENT.send(get(tomcat, attribute(linkedPage.body(), "<source src=\""), "Range", "bytes=0-9"),
                BodyHandlers.discarding()).statusCode());
        return token;
    }

    /**
     * docs/OPERATIONS.md, "Share links": with the access log's pattern as shown there, the requests through the
     * link are in Tomcat's access log, anonymous, and no token is: not Ana's, nor any other link's.
     */
    private static void assertAccessLogHasTheRequestsButNoToken(CatalinaProcess tomcat, String token) throws Exception {
        List<String> throughTheLink = List.of("\"GET /reel/watch/Spelled%20Offsets.mp4 HTTP/1.1\" 200 ",
                "\"GET /reel/video/Spelled%20Offsets.mp4 HTTP/1.1\" 206 1000", "\"GET /reel/watch/Board/Minutes.mp4 HTTP/1.1\" 403 ");
        // The valve writes what it buffered once a second, from the background thread.
        await(tomcat, "the access log to show the requests through the link", () -> {
            List<String> anonymous = tomcat.accessLogLines().stream().filter(line -> line.startsWith("127.0.0.1 - - ["))
                    .toList();
            return throughTheLink.stream().allMatch(request -> anonymous.stream().anyMatch(line -> line.contains(request)));
        });
        List<String> log = tomcat.accessLogLines();
        assertEquals(List.of(), log.stream().filter(line -> line.contains(token) || line.contains("share=")
                || line.contains("?")).toList(), "lines with a token or a query");
    }

    private static HttpResponse<String> share(CatalinaProcess tomcat, String authorization, String path, String... headers)
            throws Exception {
        String form = "path=" + java.net.URLEncoder.encode(path, StandardCharsets.UTF_8) + "&for=3600";
        java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(tomcat.uri("/reel/share"))
                .header("Authorization", authorization).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(form));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return CLIENT.send(request.build(), BodyHandlers.ofString());
    }

    /** The value of the attribute that {@code before} ends with, as a URL path: HTML's {@code &amp;} read back. */
    private static String attribute(String html, String before) {
        int start = html.indexOf(before);
        assertTrue(start >= 0, () -> before + " in " + html);
        start += before.length();
        return html.substring(start, html.indexOf('"', start)).replace("&amp;", "&");
    }

    /** HMAC-SHA256 over "reel share link v1", the expiry and the library path, URL-safe Base64 without padding. */
    private static String sign(String path, long expiry) throws Exception {
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(SHARE_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(
                mac.doFinal(("reel share link v1\n" + expiry + "\n" + path).getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * The pattern line of {@code valve}, an AccessLogValve as docs/OPERATIONS.md shows it whole: the stock one
     * but for the pattern, which the test checks before it edits only that (server.xml ends lines with CR LF).
     */
    private static String stockValveWithPatternOf(CatalinaProcess tomcat, String valve) throws IOException {
        List<String> lines = valve.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        List<String> stock = Files.readAllLines(tomcat.base().resolve("conf/server.xml")).stream().map(String::strip).toList();
        assertTrue(stock.containsAll(lines.subList(0, lines.size() - 1)), "the documented valve is the stock one");
        return lines.get(lines.size() - 1);
    }

    /** The settings of docs/OPERATIONS.md as an operator writes them, with a secret of their own. */
    private static String accessSettings(String secret) {
        return ACCESS_ROLE.replace("\"YOUR-OWN-SECRET\"", "\"" + secret + "\"");
    }

    /** The sign-out button's form, posted as a browser does: with the page's origin, here {@code origin}. */
    private static HttpResponse<String> signOut(CatalinaProcess tomcat, String authorization, String origin)
            throws Exception {
        return CLIENT.send(java.net.http.HttpRequest.newBuilder(tomcat.uri("/reel/sign-out"))
                .header("Authorization", authorization).header("Origin", origin)
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build(), BodyHandlers.ofString());
    }

    /** The WWW-Authenticate fields of a request nobody signed in, each with a nonce never used before. */
    private static List<String> challenges(CatalinaProcess tomcat) throws Exception {
        return CLIENT.send(get(tomcat, "/reel/"), BodyHandlers.discarding()).headers().allValues("WWW-Authenticate");
    }

    /** The origin of reel's pages as the test's client reaches them. */
    private static String origin(CatalinaProcess tomcat) {
        String uri = tomcat.uri("/").toString();
        return uri.substring(0, uri.length() - 1);
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("distributions")
    void aWrongSettingStopsTheDeploymentWithOneClearLine(Path home) throws Exception {
        Path work = workDir(home, "bad");
        Path media = Fixtures.write(work.resolve("media/Spelled Offsets.mp4"), VIDEO_SIZE).getParent();
        try (CatalinaProcess tomcat = CatalinaProcess.prepare(home, work.resolve("base"), Map.of())) {
            tomcat.write("conf/Catalina/localhost/reel.xml", contextFile(media));
            tomcat.write("bin/setenv.sh", "CATALINA_OPTS=\"$CATALINA_OPTS -Dreel.bandwidth.cap=2MB\"\n");
            tomcat.deploy(war());
            tomcat.start();

            // Tomcat opens its port after deploying, so an answer means the deployment is over.
            assertEquals(404, awaitAnswer(tomcat, "/reel/health").statusCode(), "reel must not be running");
            tomcat.stop();
            List<String> reelSevere = tomcat.logLines().stream()
                    .filter(line -> line.matches("catalina\\.[-0-9]+\\.log: .* SEVERE \\[[^]]*\\] reel\\..*"))
                    .toList();
            assertEquals(1, reelSevere.size(), reelSevere::toString);
            assertTrue(reelSevere.get(0).endsWith("reel cannot start: the system property reel.bandwidth.cap"
                    + " is \"2MB\"; allowed: bytes per second per stream, 0 for no cap, with an optional k, M or G"
                    + " (times 1024, 1024², 1024³), such as 0, 500k or 2M, at most 8G."), reelSevere.get(0));
        }
    }

    private static void assertLogged(CatalinaProcess tomcat, String text) throws IOException {
        assertTrue(tomcat.logLines().stream().anyMatch(line -> line.contains(text)), () -> "no log line has: " + text);
    }

    /**
     * Requests the connector refuses before reel sees them, and refusals of reel's and of Tomcat's, each
     * on a connection of its own: no error page may show a stack trace or the server's version.
     */
    private static void assertErrorPagesRevealNothing(CatalinaProcess tomcat) throws IOException {
        String video = "/reel/video/Spelled%20Offsets.mp4";
        String tenThousandRanges = IntStream.range(0, 10_000).mapToObj(i -> (2 * i) + "-" + (2 * i))
                .collect(Collectors.joining(","));
        List<Refusal> refusals = List.of(
                // The connector's: Tomcat answers these before any application sees them.
                new Refusal("a backslash in the path", 400, request("GET", "/reel/video/Spelled\\Offsets.mp4")),
                new Refusal("a 9 KB header field", 400, request("GET", "/reel/", "X-Padding: " + "x".repeat(9 * 1024))),
                new Refusal("10,000 ranges", 400, request("GET", video, "Range: bytes=" + tenThousandRanges)),
                new Refusal("a NUL in a header field", 400, request("GET", "/reel/", "X-Nul: a\0b")),
                // reel's own, and Tomcat's on reel's behalf.
                new Refusal("a video that does not exist", 404, request("GET", "/reel/video/nope.mp4")),
                new Refusal("POST to a video", 405, request("POST", video, "Content-Length: 0")),
                new Refusal("/metrics without credentials", 401, request("GET", "/reel/metrics")),
                new Refusal("no application at the path", 404, request("GET", "/no-such-application/")));
        for (Refusal refusal : refusals) {
            RawHttp.Answer answer = RawHttp.send(tomcat.port(), refusal.request());
            assertEquals(refusal.status(), answer.status(), refusal.what());
            ErrorPages.assertRevealsNothing(refusal.what(), answer);
        }
    }

    private record Refusal(String what, int status, String request) {
    }

    private static Set<ObjectName> beans(String... names) throws MalformedObjectNameException {
        Set<ObjectName> beans = new HashSet<>();
        for (String name : names) {
            beans.add(new ObjectName(name));
        }
        return beans;
    }

    private static String versionBean(String version) {
        return CONTEXT_BEAN + ",version=" + version;
    }

    private static void assertServes(CatalinaProcess tomcat) throws Exception {
        HttpResponse<String> library = CLIENT.send(get(tomcat, "/reel/"), BodyHandlers.ofString());
        assertEquals(200, library.statusCode());
        assertTrue(library.body().contains("Spelled Offsets"), library::body);

        HttpResponse<byte[]> range = CLIENT.send(get(tomcat, "/reel/video/Spelled%20Offsets.mp4", "Range",
                "bytes=1000-1999"), BodyHandlers.ofByteArray());
        assertEquals(206, range.statusCode());
        assertEquals("bytes 1000-1999/" + VIDEO_SIZE, range.headers().firstValue("Content-Range").orElse(""));
        assertArrayEquals(Fixtures.bytes(1000, 1999), range.body());

        HttpResponse<String> tooManyRanges = CLIENT.send(get(tomcat, "/reel/video/Spelled%20Offsets.mp4", "Range",
                "bytes=0-0,10-10,20-20,30-30,40-40"), BodyHandlers.ofString());
        assertEquals(416, tooManyRanges.statusCode(), "REEL_MAX_RANGES=4 allows four ranges, not five");

        assertEquals(404, CLIENT.send(get(tomcat, "/reel/video/Missing.mp4"), BodyHandlers.discarding()).statusCode());
    }

    /** /reel/metrics, which answers 401 without the scraper's credentials. */
    private static String metrics(CatalinaProcess tomcat) throws Exception {
        assertEquals(401, CLIENT.send(get(tomcat, "/reel/metrics"), BodyHandlers.discarding()).statusCode());
        String credentials = Base64.getEncoder().encodeToString("prometheus:change-me".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = CLIENT.send(get(tomcat, "/reel/metrics", "Authorization",
                "Basic " + credentials), BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        return response.body();
    }

    /** The context file of docs/OPERATIONS.md, "Deploy"; as context.xml.default, "Upgrade and roll back". */
    static String contextFile(Path media) {
        return """
                <Context>
                  <Parameter name="reel.media.dir" value="%s" override="false"/>
                </Context>
                """.formatted(media.toAbsolutePath());
    }

    static Path war() {
        Path war = Path.of(System.getProperty("reel.war", "target/reel.war"));
        if (!Files.isRegularFile(war)) {
            throw new IllegalStateException("no WAR at " + war + "; run through Maven (mvn verify)");
        }
        return war;
    }

    static Path workDir(Path home, String name) throws IOException {
        Path dir = home.getParent().resolve("run-" + home.getFileName() + "-" + name);
        CatalinaProcess.deleteTree(dir);
        return Files.createDirectories(dir);
    }
}
