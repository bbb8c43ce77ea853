package reel.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SyntaxTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            # units
            500ms     | PT0.5S
            90s       | PT1M30S
            90        | PT1M30S
            30m       | PT30M
            2h        | PT2H
            2H        | PT2H
            1d        | PT24H
            0         | PT0S
            # ISO-8601
            PT2H      | PT2H
            PT1H30M   | PT1H30M
            P1D       | PT24H
            # refused
            -5s       | none
            PT-1H     | none
            2 h       | none
            1.5h      | none
            2w        | none
            h         | none
            ''        | none
            soon      | none
            999999999999999999d | none
            """)
    void durations(String text, String expected) {
        assertEquals(Optional.ofNullable(expected).map(Duration::parse), Syntax.duration(text));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            0          | 0
            1500       | 1500
            500k       | 512000
            500K       | 512000
            2M         | 2097152
            2m         | 2097152
            1G         | 1073741824
            # refused: bits, decimals, spaces, signs, other units, overflow
            2MB        | none
            2Mbit      | none
            1.5M       | none
            2 M        | none
            -1         | none
            +1         | none
            2T         | none
            ''         | none
            999999999999999999G | none
            """)
    void bytes(String text, Long expected) {
        OptionalLong parsed = Syntax.bytes(text);
        assertEquals(Optional.ofNullable(expected), parsed.isPresent() ? Optional.of(parsed.getAsLong()) : Optional.empty());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            true   | true
            TRUE   | true
            False  | false
            yes    | none
            1      | none
            on     | none
            ''     | none
            """)
    void booleans(String text, Boolean expected) {
        assertEquals(Optional.ofNullable(expected), Syntax.bool(text));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            16          | 16
            0           | 0
            007         | 7
            -1          | none
            +4          | none
            1e3         | none
            9999999999  | none
            ''          | none
            """)
    void counts(String text, Integer expected) {
        assertEquals(Optional.ofNullable(expected), Syntax.count(text));
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            reel-viewer          | reel-viewer
            Zuschauer.Ä_1        | Zuschauer.Ä_1
            Video Viewers        | Video Viewers
            영상 시청자           | 영상 시청자
            'Video  Viewers'     | none
            ' Video'             | none
            'Video '             | none
            a,b                  | none
            hr:board             | none
            a;b                  | none
            'a	b'               | none
            ''                   | none
            """)
    void roleNames(String text, String expected) {
        assertEquals(Optional.ofNullable(expected), Syntax.roleName(text));
    }

    @org.junit.jupiter.api.Test
    void aRoleNameHasAtMostAHundredCharacters() {
        assertEquals(Optional.of("r".repeat(100)), Syntax.roleName("r".repeat(100)));
        assertEquals(Optional.empty(), Syntax.roleName("r".repeat(101)));
        assertEquals(Optional.empty(), Syntax.roleName("ab ".repeat(33) + "ab"));
    }
}
