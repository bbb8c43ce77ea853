package reel.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static reel.it.DeployedReel.CLIENT;
import static reel.it.DeployedReel.awaitHealthy;
import static reel.it.DeployedReel.get;
import static reel.it.DistributionDeployIT.basic;
import static reel.it.DistributionDeployIT.war;
import static reel.it.DistributionDeployIT.workDir;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * docs/OPERATIONS.md's realm examples, each pasted as it stands into {@code conf/Catalina/localhost/reel.xml}
 * of a stock Tomcat 11 and 10.1, with only the placeholders for the operator's own systems filled in, and a
 * stand-in for those systems: an in-memory H2 database for the {@code DataSourceRealm}, an in-memory LDAPS
 * directory for the {@code JNDIRealm}. Through each, a user with the role plays and seeks, a user without it
 * gets 403, and a wrong password or no sign-in 401.
 */
final class RealmsDeployIT {

    private static final long VIDEO_SIZE = 100_000;
    private static final String VIDEO = "Spelled Offsets.mp4";
    static final String DATA_SOURCE_REALM = "**Users in a database: `DataSourceRealm`**";
    static final String JNDI_REALM = "**LDAP or Active Directory: `JNDIRealm`**";
    /** The blocks of docs/OPERATIONS.md this test reads and runs as they stand: heading, then language. */
    static final List<List<String>> EXAMPLES = List.of(List.of(DATA_SOURCE_REALM, "xml"), List.of(JNDI_REALM, "xml"),
            List.of(JNDI_REALM, "sh"));

    static List<Path> distributions() {
        return DistributionDeployIT.distributions();
    }

    /**
     * "Users in a database": H2 creates the example's tables from a script at each new connection (its JAR
     * in the base's lib/, as the operator's driver goes in Tomcat's lib/); the passwords are stored as the
     * example's CredentialHandler expects, SHA-256 in hex.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("distributions")
    void signsInThroughADataSourceRealm(Path home) throws Exception {
        Path work = workDir(home, "data-source-realm");
        Path media = Fixtures.write(work.resolve("media").resolve(VIDEO), VIDEO_SIZE).getParent();
        Path script = work.resolve("users.sql");
        Files.writeString(script, """
                CREATE TABLE IF NOT EXISTS users(user_name VARCHAR(64) PRIMARY KEY, user_pass VARCHAR(64) NOT NULL);
                CREATE TABLE IF NOT EXISTS user_roles(user_name VARCHAR(64) NOT NULL, role_name VARCHAR(64) NOT NULL,
                    PRIMARY KEY(user_name, role_name));
                MERGE INTO users KEY(user_name) VALUES ('dana', '%s'), ('eli', '%s');
                MERGE INTO user_roles KEY(user_name, role_name) VALUES ('dana', 'reel-viewer'), ('eli', 'manager-gui');
                """.formatted(sha256Hex("change-me-four"), sha256Hex("change-me-five")));
        String url = "jdbc:h2:mem:users;DB_CLOSE_DELAY=-1;INIT=RUNSCRIPT FROM '" + script.toAbsolutePath() + "'";
        String example = operationsBlock(DATA_SOURCE_REALM, "xml");
        String context = fillOnce(fillOnce(fillOnce(example, "\"/srv/videos\"", "\"" + media.toAbsolutePath() + "\""),
                "\"JDBC-DRIVER-CLASS\"", "\"org.h2.Driver\""), "\"JDBC-URL\"", "\"" + url + "\"");
        try (CatalinaProcess tomcat = CatalinaProcess.prepare(home, work.resolve("base"), Map.of())) {
            Path h2 = Path.of(org.h2.Driver.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Files.createDirectories(tomcat.base().resolve("lib"));
            Files.copy(h2, tomcat.base().resolve("lib").resolve(h2.getFileName()));
            tomcat.write("conf/Catalina/localhost/reel.xml", context);
            deployAndSignIn(tomcat);
        }
    }

    /**
     * "LDAP or Active Directory": the example's realm against a directory shaped like Active Directory,
     * reached over LDAPS with a certificate from an authority of the directory's own. The shell block that
     * makes Tomcat's JVM trust that authority runs as it stands, with the authority's certificate as
     * {@code directory-ca.pem} in its working folder; the role is a group's cn with a space in it.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("distributions")
    void signsInThroughAJndiRealmOverLdaps(Path home) throws Exception {
        Path work = workDir(home, "jndi-realm");
        Path media = Fixtures.write(work.resolve("media").resolve(VIDEO), VIDEO_SIZE).getParent();
        List<LdapDirectory.Member> members = List.of(new LdapDirectory.Member("dana", "change-me-four", "Video Viewers"),
                new LdapDirectory.Member("eli", "change-me-five", "Accounting"));
        try (LdapDirectory directory = LdapDirectory.start(work, members);
                CatalinaProcess tomcat = CatalinaProcess.prepare(home, work.resolve("base"), Map.of())) {
            String example = operationsBlock(JNDI_REALM, "xml");
            tomcat.write("conf/Catalina/localhost/reel.xml", fillOnce(fillOnce(example,
                    "\"/srv/videos\"", "\"" + media.toAbsolutePath() + "\""),
                    "\"ldaps://ad.example.com:636\"", "\"ldaps://localhost:" + directory.port() + "\""));
            runShell(operationsBlock(JNDI_REALM, "sh"),
                    directory.authority().getParent(), tomcat.base());
            deployAndSignIn(tomcat);
        }
    }

    /** Deploys reel on the prepared Tomcat; Dana has the role, Eli has not; stops Tomcat with a clean log. */
    private static void deployAndSignIn(CatalinaProcess tomcat) throws Exception {
        tomcat.deploy(war());
        tomcat.start();
        awaitHealthy(tomcat, Optional.empty());

        assertSignsInWithTheRoleOnly(tomcat, "dana", "change-me-four", "eli", "change-me-five");
        assertEquals(143, tomcat.stop(), "Tomcat ends by SIGTERM through its shutdown hook");
        assertEquals(List.of(), tomcat.problems(), () -> "log problems in " + tomcat.base().resolve("logs"));
    }

    private static void assertSignsInWithTheRoleOnly(CatalinaProcess tomcat, String member, String password,
            String outsider, String outsidersPassword) throws Exception {
        HttpResponse<String> anonymous = CLIENT.send(get(tomcat, "/reel/"), BodyHandlers.ofString());
        assertEquals(401, anonymous.statusCode(), "anonymous: the container asks for a sign-in");
        assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic realm=\"reel\""));
        assertEquals(401, CLIENT.send(get(tomcat, "/reel/", "Authorization", basic(member, outsidersPassword)),
                BodyHandlers.discarding()).statusCode(), "a wrong password");

        String signedIn = basic(member, password);
        HttpResponse<String> library = CLIENT.send(get(tomcat, "/reel/", "Authorization", signedIn), BodyHandlers.ofString());
        assertEquals(200, library.statusCode(), "a user of the realm with the role");
        assertTrue(library.body().contains("Spelled Offsets"), library::body);
        assertTrue(library.body().contains("Signed in as <strong>" + member + "</strong>"), library::body);
        HttpResponse<byte[]> range = CLIENT.send(get(tomcat, "/reel/video/Spelled%20Offsets.mp4", "Authorization",
                signedIn, "Range", "bytes=1000-1999"), BodyHandlers.ofByteArray());
        assertEquals(206, range.statusCode(), "the member plays and seeks");
        assertEquals("bytes 1000-1999/" + VIDEO_SIZE, range.headers().firstValue("Content-Range").orElse(""));
        assertArrayEquals(Fixtures.bytes(1000, 1999), range.body());

        HttpResponse<String> forbidden = CLIENT.send(get(tomcat, "/reel/", "Authorization",
                basic(outsider, outsidersPassword)), BodyHandlers.ofString());
        assertEquals(403, forbidden.statusCode(), "signed in through the realm without the role");
        assertTrue(forbidden.body().contains("Signed in as <strong>" + outsider + "</strong>"), forbidden::body);

        // The example's LockOutRealm: 5 wrong passwords in a row lock the user out, the right one included.
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertEquals(401, CLIENT.send(get(tomcat, "/reel/", "Authorization", basic(member, "guess-" + attempt)),
                    BodyHandlers.discarding()).statusCode(), "guess " + attempt);
        }
        assertEquals(401, CLIENT.send(get(tomcat, "/reel/", "Authorization", signedIn), BodyHandlers.discarding())
                .statusCode(), "locked out after 5 wrong passwords, the right one included");
    }

    /** The first fenced block in {@code language} after {@code heading} in docs/OPERATIONS.md, as an operator copies it. */
    static String operationsBlock(String heading, String language) throws IOException {
        String operations = Files.readString(Path.of("docs/OPERATIONS.md"));
        int at = operations.indexOf(heading);
        assertTrue(at >= 0 && operations.indexOf(heading, at + 1) < 0, () -> "one " + heading + " in OPERATIONS.md");
        String fence = "```" + language + "\n";
        int start = operations.indexOf(fence, at);
        assertTrue(start >= 0, () -> "a " + language + " block after " + heading);
        start += fence.length();
        return operations.substring(start, operations.indexOf("```", start));
    }

    /** {@code text} with its one {@code placeholder} replaced: the example and the test stay in step. */
    private static String fillOnce(String text, String placeholder, String value) {
        int at = text.indexOf(placeholder);
        assertTrue(at >= 0 && text.indexOf(placeholder, at + 1) < 0, () -> "one " + placeholder + " in " + text);
        return text.replace(placeholder, value);
    }

    /** Runs an example's shell commands as the operator would: in {@code folder}, with Tomcat's variables set. */
    private static void runShell(String script, Path folder, Path base) throws IOException, InterruptedException {
        Path javaHome = Path.of(System.getProperty("java.home"));
        ProcessBuilder builder = new ProcessBuilder("bash", "-euc", script).directory(folder.toFile())
                .redirectErrorStream(true);
        builder.environment().put("JAVA_HOME", javaHome.toString());
        builder.environment().put("CATALINA_BASE", base.toString());
        builder.environment().put("PATH", javaHome.resolve("bin") + ":" + System.getenv("PATH"));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the example's commands finish");
        assertEquals(0, process.exitValue(), () -> "the example's commands succeed:\n" + output);
    }

    private static String sha256Hex(String password) throws Exception {
        return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(password.getBytes(StandardCharsets.UTF_8)));
    }
}
