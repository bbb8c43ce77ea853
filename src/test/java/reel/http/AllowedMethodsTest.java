package reel.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AllowedMethodsTest {

    @ParameterizedTest(name = "{0} on READ -> {1}, on ACT -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            GET     | true  | false
            HEAD    | true  | false
            OPTIONS | true  | true
            POST    | false | true
            PUT     | false | false
            DELETE  | false | false
            PATCH   | false | false
            get     | false | false
            post    | false | false
            PROPFIND| false | false
            """)
    void allows(String method, boolean read, boolean act) {
        assertEquals(read, AllowedMethods.READ.allows(method));
        assertEquals(act, AllowedMethods.ACT.allows(method));
    }

    @Test
    void theAllowFieldListsOptionsLast() {
        assertEquals("GET, HEAD, OPTIONS", AllowedMethods.READ.header());
        assertEquals("POST, OPTIONS", AllowedMethods.ACT.header());
    }

    @Test
    void optionsIsAlwaysThereAndNeverNamed() {
        assertThrows(IllegalArgumentException.class, () -> new AllowedMethods(List.of()));
        assertThrows(IllegalArgumentException.class, () -> new AllowedMethods(List.of("GET", "OPTIONS")));
    }
}
