package reel.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ForwardedForTest {

    @ParameterizedTest(name = "X-Forwarded-For: {0} / Forwarded: {1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            none                          | none                                       | ''
            203.0.113.7                   | none                                       | 203.0.113.7
            203.0.113.7, 127.0.0.1        | none                                       | 203.0.113.7 127.0.0.1
            127.0.0.1,203.0.113.7         | none                                       | 127.0.0.1 203.0.113.7
            192.0.2.1:8080                | none                                       | 192.0.2.1
            2001:db8::1                   | none                                       | 2001:db8::1
            [2001:db8::1]:4711            | none                                       | 2001:db8::1
            unknown                       | none                                       | unknown
            none                          | for=192.0.2.60;proto=http;by=203.0.113.43  | 192.0.2.60
            none                          | For="[2001:db8:cafe::17]:4711"             | 2001:db8:cafe::17
            none                          | for=192.0.2.43, for=198.51.100.17          | 192.0.2.43 198.51.100.17
            none                          | for=_hidden;proto=https                    | _hidden
            none                          | proto=https;by=10.0.0.1                    | ''
            127.0.0.1                     | for=198.51.100.17                          | 127.0.0.1 198.51.100.17
            """)
    void readsEveryAddressAClaimsToBeForwardedFor(String xForwardedFor, String forwarded, String expected) {
        List<String> addresses = ForwardedFor.addresses(xForwardedFor == null ? List.of() : List.of(xForwardedFor),
                forwarded == null ? List.of() : List.of(forwarded));

        assertEquals(expected.isEmpty() ? List.of() : Arrays.asList(expected.split(" ")), addresses);
    }
}
