package reel.access;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SignOutTest {

    @ParameterizedTest(name = "sign-in {0}, auth {1}, Origin {2}, Referer {3} -> {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # sign-in off and nobody signed in: no such address, whoever posts
            false | -      | http://reel.example       | -                             | NOT_HERE
            false | -      | http://evil.example       | -                             | NOT_HERE
            # from reel's own page
            true  | BASIC  | http://reel.example       | -                             | CHALLENGE
            true  | BASIC  | -                         | http://reel.example/reel/     | CHALLENGE
            true  | DIGEST | http://reel.example       | -                             | SIGNED_OUT
            true  | FORM   | http://reel.example       | -                             | SIGNED_OUT
            true  | -      | http://reel.example       | -                             | SIGNED_OUT
            # signed in by the container with access.role unset (a constraint in Tomcat's conf/web.xml)
            false | BASIC  | http://reel.example       | -                             | CHALLENGE
            false | DIGEST | http://reel.example       | -                             | SIGNED_OUT
            # from elsewhere, or with nothing to go by
            true  | BASIC  | http://evil.example       | -                             | CROSS_SITE
            true  | BASIC  | http://evil.example       | http://reel.example/reel/     | CROSS_SITE
            true  | BASIC  | -                         | -                             | CROSS_SITE
            true  | BASIC  | null                      | -                             | CROSS_SITE
            false | DIGEST | http://reel.example:8443  | -                             | CROSS_SITE
            """)
    void decide(boolean signInRequired, String authType, String origin, String referer, SignOut expected) {
        assertEquals(expected, SignOut.decide(signInRequired, Optional.ofNullable(authType), Optional.ofNullable(origin),
                Optional.ofNullable(referer), Optional.of("reel.example")));
    }

    @org.junit.jupiter.api.Test
    void eachAnswerHasItsStatus() {
        assertEquals(404, SignOut.NOT_HERE.status());
        assertEquals(403, SignOut.CROSS_SITE.status());
        assertEquals(401, SignOut.CHALLENGE.status());
        assertEquals(200, SignOut.SIGNED_OUT.status());
    }
}
