package reel.access;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SameOriginTest {

    @ParameterizedTest(name = "Origin {0}, Referer {1}, Host {2} -> {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # reel's own page
            http://127.0.0.1:8080            | -                                     | 127.0.0.1:8080   | http://127.0.0.1:8080
            https://videos.example.com       | -                                     | videos.example.com | https://videos.example.com
            https://Videos.Example.com       | -                                     | videos.example.com | https://videos.example.com
            # no Origin (older browsers, some same-origin POSTs): the Referer's origin
            -                                | http://127.0.0.1:8080/reel/watch/a.mp4 | 127.0.0.1:8080  | http://127.0.0.1:8080
            # another site, even with a Referer from ours: Origin wins
            https://evil.example             | -                                     | videos.example.com | -
            https://evil.example             | https://videos.example.com/reel/      | videos.example.com | -
            -                                | https://evil.example/videos.example.com | videos.example.com | -
            https://videos.example.com.evil.example | -                              | videos.example.com | -
            http://127.0.0.1:8081            | -                                     | 127.0.0.1:8080   | -
            http://127.0.0.1                 | -                                     | 127.0.0.1:8080   | -
            # opaque, odd or missing
            null                             | -                                     | 127.0.0.1:8080   | -
            -                                | -                                     | 127.0.0.1:8080   | -
            http://127.0.0.1:8080            | -                                     | -                | -
            file:///etc/passwd               | -                                     | 127.0.0.1:8080   | -
            http://ana@127.0.0.1:8080        | -                                     | 127.0.0.1:8080   | -
            'http://127.0.0.1:8080 x'        | -                                     | 127.0.0.1:8080   | -
            """)
    void aFormIsTrustedOnlyFromTheHostItWasSentTo(String origin, String referer, String host, String expected) {
        assertEquals(Optional.ofNullable(expected),
                SameOrigin.of(Optional.ofNullable(origin), Optional.ofNullable(referer), Optional.ofNullable(host)));
    }
}
