package reel.it;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

/**
 * What an error page may not show, whoever wrote it (Tomcat's connector, its error report valve, reel): a
 * stack trace, or which server and version answered, both of which help an attacker more than a viewer.
 */
final class ErrorPages {

    private static final List<String> TELLTALES = List.of("Exception", "at org.apache", ".java:", "Apache Tomcat/");

    private ErrorPages() {
    }

    static void assertRevealsNothing(String request, RawHttp.Answer answer) {
        for (String telltale : TELLTALES) {
            assertFalse(answer.text().contains(telltale), () -> request + " shows " + telltale + ":\n" + answer.text());
        }
    }

    /** A request head for {@link RawHttp#send}, closing its connection; {@code headerLines} such as "Range: bytes=0-". */
    static String request(String method, String rawTarget, String... headerLines) {
        StringBuilder request = new StringBuilder(method + " " + rawTarget + " HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        for (String line : headerLines) {
            request.append(line).append("\r\n");
        }
        return request.append("Connection: close\r\n\r\n").toString();
    }
}
