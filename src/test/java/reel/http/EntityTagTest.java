package reel.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EntityTagTest {

    private static final Instant MODIFIED = Instant.parse("2024-05-01T10:00:00.250Z");

    @Test
    void fileTagIsStrongAndDerivedFromSizeAndTime() {
        EntityTag tag = EntityTag.of(10_000, MODIFIED);
        assertFalse(tag.weak());
        assertEquals("\"2710-663212a0\"", tag.toString());
        assertEquals(tag, EntityTag.of(10_000, MODIFIED));
        assertNotEquals(tag, EntityTag.of(10_001, MODIFIED));
        assertNotEquals(tag, EntityTag.of(10_000, MODIFIED.plusSeconds(1)));
    }

    /** Copies made by tools that keep whole seconds, or by rsync between file systems, agree on every node. */
    @Test
    void copiesWhoseTimesDifferBelowASecondHaveOneTag() {
        assertEquals(EntityTag.of(10_000, MODIFIED), EntityTag.of(10_000, MODIFIED.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
        assertEquals(EntityTag.of(10_000, MODIFIED), EntityTag.of(10_000, MODIFIED.plusMillis(700)));
    }

    /** RFC 9110 §8.8.3.2's comparison table. */
    @ParameterizedTest(name = "{0} vs {1}: strong {2}, weak {3}")
    @CsvSource(textBlock = """
            W/"1", W/"1", false, true
            W/"1", W/"2", false, false
            W/"1", "1",   false, true
            "1",   "1",   true,  true
            """)
    void comparesLikeTheRfcTable(String left, String right, boolean strong, boolean weak) {
        EntityTag a = EntityTagList.parseSingle(left).orElseThrow();
        EntityTag b = EntityTagList.parseSingle(right).orElseThrow();
        assertEquals(strong, a.matchesStrongly(b));
        assertEquals(weak, a.matchesWeakly(b));
    }

    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            *                        | *
            "a"                      | "a"
            W/"a"                    | W/"a"
            "a", W/"b" ,"c"          | "a" W/"b" "c"
            "a",,"b"                 | "a" "b"
            ""                       | ""
            "a,b"                    | "a,b"
            a                        | malformed
            "a                       | malformed
            "a" b                    | malformed
            w/"a"                    | malformed
            "a"b"                    | malformed
            "a", *                   | malformed
            ,                        | malformed
            """)
    void parsesLists(String value, String expected) {
        Optional<EntityTagList> list = EntityTagList.parse(value);
        String described = list.map(l -> l.anyTag() ? "*"
                : String.join(" ", l.tags().stream().map(EntityTag::toString).toList())).orElse("malformed");
        assertEquals(expected, described);
    }

    @Test
    void refusesCharactersOutsideEtagc() {
        assertThrows(IllegalArgumentException.class, () -> new EntityTag("a\"b", false));
        assertThrows(IllegalArgumentException.class, () -> new EntityTag("a b", false));
    }

    @Test
    void starMatchesAnyTag() {
        EntityTagList star = EntityTagList.parse("*").orElseThrow();
        assertTrue(star.matchesStrongly(EntityTag.of(1, MODIFIED)));
        assertEquals(List.of(), star.tags());
    }
}
