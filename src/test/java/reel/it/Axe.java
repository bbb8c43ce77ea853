package reel.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * axe-core, Deque's accessibility rules engine, run inside a page of {@link BrowserPage}. The pinned
 * build comes from the npm registry through {@code npm install} into {@code target/axe/} on first use,
 * and is refused unless it is byte for byte the file axe-core published for that version. The test
 * hands it to the page with WebDriver's Execute Script, which Chromium runs outside the page's
 * Content-Security-Policy, so the page keeps allowing only its own script.
 *
 * <pre>{@code
 * if (Axe.install(directory) instanceof Axe.Ready axe) {
 *     List<String> violations = axe.violations(page);   // empty when the page passes
 * }
 * }</pre>
 */
final class Axe {

    static final String VERSION = "4.14.1";
    // From axe-core's sri-history.json for this version: what its axe.min.js must hash to.
    static final String INTEGRITY = "sha256-KTSJmUUM3yhJqOcLeRL8LahahJ2jnA0NU5T1HUqe2Vw=";
    static final String INSTALL_COMMAND = "apt-get install npm";
    /** WCAG 2.0 and 2.1, levels A and AA, and axe's best practices. */
    static final List<String> RULE_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice");
    private static final long NPM_TIMEOUT_MINUTES = 5;
    // One line per violation: its id, impact and summary, then each node's selector and what is wrong there.
    private static final String RUN = """
            return axe.run(document, {runOnly: {type: 'tag', values: %s}, resultTypes: ['violations']})
                .then(result => result.violations.map(violation => violation.id + ' (' + violation.impact + '): '
                    + violation.help + violation.nodes.map(node => '\\n    ' + JSON.stringify(node.target) + ' '
                    + node.failureSummary.replace(/\\s+/g, ' ')).join('')));
            """;

    /** Whether axe could be had: the script to run, or why not in words. */
    sealed interface Installation permits Ready, Unavailable {
    }

    record Ready(String script) implements Installation {

        /** The violations of {@link #RULE_TAGS} on the page as it is now, one readable entry each. */
        List<String> violations(BrowserPage page) {
            page.script(script);
            Object version = page.script("return axe.version");
            if (!VERSION.equals(version)) {
                throw new IllegalStateException("the page has axe " + version + ", not " + VERSION);
            }
            String run = RUN.formatted("['" + String.join("', '", RULE_TAGS) + "']");
            return ((List<?>) page.script(run)).stream().map(String::valueOf).toList();
        }
    }

    record Unavailable(String reason) implements Installation {
    }

    private Axe() {
    }

    /** axe's script from {@code directory}, installed there with npm first unless already there. */
    static Installation install(Path directory) throws IOException, InterruptedException {
        Path script = directory.resolve("node_modules/axe-core/axe.min.js");
        if (!Files.isRegularFile(script)) {
            Files.createDirectories(directory);
            Path log = directory.resolve("npm.log");
            Process npm;
            try {
                // --ignore-scripts: nothing from the registry runs on this machine; axe only runs in the page.
                npm = new ProcessBuilder("npm", "install", "--prefix", directory.toString(), "--no-save",
                        "--no-package-lock", "--no-audit", "--no-fund", "--ignore-scripts", "axe-core@" + VERSION)
                        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            } catch (IOException notFound) {
                return new Unavailable("npm, to fetch axe-core " + VERSION + ", is not installed ("
                        + notFound.getMessage() + "); install it with: " + INSTALL_COMMAND);
            }
            if (!npm.waitFor(NPM_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                npm.destroyForcibly();
                return new Unavailable("npm install axe-core@" + VERSION + " took over " + NPM_TIMEOUT_MINUTES
                        + " minutes; see " + log);
            }
            if (npm.exitValue() != 0 || !Files.isRegularFile(script)) {
                return new Unavailable("npm install axe-core@" + VERSION + " failed (exit " + npm.exitValue()
                        + "); see " + log);
            }
        }
        byte[] bytes = Files.readAllBytes(script);
        String integrity = "sha256-" + Base64.getEncoder().encodeToString(sha256(bytes));
        if (!INTEGRITY.equals(integrity)) {
            throw new IllegalStateException(script + " is " + integrity + ", not axe-core " + VERSION + "'s " + INTEGRITY);
        }
        return new Ready(new String(bytes, StandardCharsets.UTF_8));
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException everyJavaHasIt) {
            throw new AssertionError(everyJavaHasIt);
        }
    }
}
