package reel.media;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NaturalOrderTest {

    @ParameterizedTest(name = "\"{0}\" vs \"{1}\" -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # numbers by value, not by character
            Ep 2                  | Ep 10                  | <
            Ep 10                 | Ep 2                   | >
            x9                    | x10                    | <
            2                     | 10                     | <
            Ep 1 Part 2           | Ep 1 Part 10           | <
            # case does not decide unless nothing else does
            ep 1                  | Ep 2                   | <
            apple                 | Banana                 | <
            Banana                | apple                  | >
            Äpfel                 | äpfel                  | <
            # a prefix comes first
            Ep                    | Ep 1                   | <
            ''                    | a                      | <
            # longer than a long, still by value
            99999999999999999999  | 100000000000000000000  | <
            # leading zeros: equal by value, told apart only at the end
            a01b                  | a1b                    | <
            a1c                   | a01b                   | >
            # equal
            Ep 2                  | Ep 2                   | =
            """)
    void comparesNaturally(String left, String right, String expected) {
        int order = Integer.signum(NaturalOrder.INSTANCE.compare(left, right));
        assertEquals(expected, order < 0 ? "<" : order > 0 ? ">" : "=");
        assertEquals(-order, Integer.signum(NaturalOrder.INSTANCE.compare(right, left)), "antisymmetric");
    }

    @Test
    void sortsEpisodesAsPeopleNumberThem() {
        List<String> expected = List.of("Ep 1", "ep 2", "Ep 3", "Ep 9", "Ep 10", "Ep 11", "Ep 20", "Ep 100", "Extras");
        List<String> shuffled = new ArrayList<>(expected);
        Collections.shuffle(shuffled, new Random(42));

        shuffled.sort(NaturalOrder.INSTANCE);

        assertEquals(expected, shuffled);
    }
}
