package reel.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QueryTest {

    @ParameterizedTest(name = "q={0} is empty")
    @CsvSource(delimiter = '|', emptyValue = "", textBlock = """
            ''
            '   '
            ' - ! ? '
            """)
    void aQueryWithoutLettersOrDigitsIsEmpty(String typed) {
        assertTrue(Query.parse(Optional.of(typed)).isEmpty());
    }

    @Test
    void noParameterIsAnEmptyQuery() {
        assertEquals(new Query("", List.of()), Query.parse(Optional.empty()));
    }

    @Test
    void theTextIsKeptAsTypedAndTheWordsFoldedOnceEach() {
        Query query = Query.parse(Optional.of("  Café  CAFE au-lait "));

        assertEquals("Café  CAFE au-lait", query.text());
        assertEquals(List.of("cafe", "au", "lait"), query.words());
    }

    @Test
    void aLongQueryIsCutToItsFirstWordsAndCharacters() {
        Query words = Query.parse(Optional.of("a b c d e f g h i j k"));
        Query characters = Query.parse(Optional.of("x".repeat(Query.MAX_LENGTH + 50)));

        assertEquals(List.of("a", "b", "c", "d", "e", "f", "g", "h"), words.words());
        assertEquals(Query.MAX_LENGTH, characters.text().length());
    }

    @Test
    void aCutNeverSplitsASurrogatePair() {
        String typed = "x".repeat(Query.MAX_LENGTH - 1) + "\uD83C\uDFAC" + "y";

        assertEquals("x".repeat(Query.MAX_LENGTH - 1), Query.parse(Optional.of(typed)).text());
    }
}
