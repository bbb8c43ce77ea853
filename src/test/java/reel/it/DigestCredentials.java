package reel.it;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Authorization field a browser sends in answer to an HTTP Digest challenge (RFC 7616, {@code qop=auth}),
 * which Java's HttpClient does not do by itself: so a test can sign in through Tomcat's DigestAuthenticator
 * as a browser would, with the password never on the wire.
 *
 * <pre>{@code
 * String authorization = DigestCredentials.answer(challenges, "GET", "/reel/", "ana", "change-me-too");
 * }</pre>
 */
final class DigestCredentials {

    private static final Pattern PARAMETER = Pattern.compile("(\\w+)=(?:\"([^\"]*)\"|([^,\\s]+))");
    private static final String CLIENT_NONCE = "0a4f113b";
    private static final String NONCE_COUNT = "00000001";

    private DigestCredentials() {
    }

    /**
     * The answer to the first challenge among {@code challenges} (the WWW-Authenticate fields) whose algorithm
     * Java can compute, preferring SHA-256 as RFC 7616 asks; empty when none is a Digest challenge.
     */
    static Optional<String> answer(List<String> challenges, String method, String uri, String user, String password) {
        return challenges.stream().filter(challenge -> challenge.startsWith("Digest ")).map(DigestCredentials::parameters)
                .sorted((a, b) -> Boolean.compare(!algorithm(a).equals("SHA-256"), !algorithm(b).equals("SHA-256")))
                .findFirst().map(challenge -> answer(challenge, method, uri, user, password));
    }

    private static String answer(Map<String, String> challenge, String method, String uri, String user, String password) {
        String algorithm = algorithm(challenge);
        String realm = challenge.get("realm");
        String nonce = challenge.get("nonce");
        String secret = hash(algorithm, user + ":" + realm + ":" + password);
        String request = hash(algorithm, method + ":" + uri);
        String response = hash(algorithm, secret + ":" + nonce + ":" + NONCE_COUNT + ":" + CLIENT_NONCE + ":auth:" + request);
        StringBuilder field = new StringBuilder("Digest username=\"" + user + "\", realm=\"" + realm + "\", nonce=\""
                + nonce + "\", uri=\"" + uri + "\", algorithm=" + algorithm + ", qop=auth, nc=" + NONCE_COUNT
                + ", cnonce=\"" + CLIENT_NONCE + "\", response=\"" + response + "\"");
        if (challenge.containsKey("opaque")) {
            field.append(", opaque=\"").append(challenge.get("opaque")).append('"');
        }
        return field.toString();
    }

    private static String algorithm(Map<String, String> challenge) {
        return challenge.getOrDefault("algorithm", "MD5");
    }

    private static Map<String, String> parameters(String challenge) {
        Map<String, String> parameters = new LinkedHashMap<>();
        Matcher matcher = PARAMETER.matcher(challenge.substring("Digest ".length()));
        while (matcher.find()) {
            parameters.put(matcher.group(1), matcher.group(2) != null ? matcher.group(2) : matcher.group(3));
        }
        return parameters;
    }

    private static String hash(String algorithm, String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm.equals("SHA-256") ? "SHA-256" : "MD5")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has MD5 and SHA-256", e);
        }
    }
}
