package reel.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EndpointAccessTest {

    @ParameterizedTest(name = "enabled={0} allow={1} from {2} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # the default: loopback only, both IPv6 spellings Tomcat may report
            true  | LOOPBACK            | 127.0.0.1        | SERVE
            true  | LOOPBACK            | 127.1.2.3        | SERVE
            true  | LOOPBACK            | ::1              | SERVE
            true  | LOOPBACK            | 0:0:0:0:0:0:0:1  | SERVE
            true  | LOOPBACK            | 10.0.0.5         | FORBIDDEN
            true  | LOOPBACK            | 127.0.0.1.evil   | FORBIDDEN
            true  | LOOPBACK            | 1127.0.0.1       | FORBIDDEN
            # an operator's network; the whole address must match
            true  | 10\\..*             | 10.1.2.3         | SERVE
            true  | 10\\..*             | 110.1.2.3        | FORBIDDEN
            true  | .*                  | 203.0.113.9      | SERVE
            # switched off: nobody, loopback included
            false | .*                  | 127.0.0.1        | DISABLED
            """)
    void decides(boolean enabled, String allow, String remoteAddress, EndpointAccess.Decision expected) {
        String pattern = allow.equals("LOOPBACK") ? EndpointAccess.LOOPBACK : allow;
        assertEquals(expected, new EndpointAccess(enabled, Pattern.compile(pattern)).decide(remoteAddress, List.of()));
    }

    /** A proxy on the same host is loopback to Tomcat; whom it forwarded for decides, forged entries included. */
    @ParameterizedTest(name = "from {0} forwarded for [{1}] -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            127.0.0.1   | ''                       | SERVE
            127.0.0.1   | 127.0.0.1                | SERVE
            127.0.0.1   | 203.0.113.9              | FORBIDDEN
            127.0.0.1   | 127.0.0.1 203.0.113.9    | FORBIDDEN
            127.0.0.1   | unknown                  | FORBIDDEN
            203.0.113.9 | 127.0.0.1                | FORBIDDEN
            """)
    void aRequestForwardedForAnotherAddressIsJudgedByItToo(String remote, String forwarded,
            EndpointAccess.Decision expected) {
        List<String> forwardedFor = forwarded.isEmpty() ? List.of() : List.of(forwarded.split(" "));
        EndpointAccess loopbackOnly = new EndpointAccess(true, Pattern.compile(EndpointAccess.LOOPBACK));

        assertEquals(expected, loopbackOnly.decide(remote, forwardedFor));
        assertEquals(expected == EndpointAccess.Decision.SERVE, EndpointAccess.isLoopback(remote, forwardedFor));
    }
}
