package reel.subtitle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** SubRip as tools and people write it, and the WebVTT a browser reads from it. */
class SubRipToWebVttTest {

    @Test
    void convertsAWholeFileWithNumbersAsIdentifiers() {
        String subRip = """
                1
                00:00:01,000 --> 00:00:04,500
                Hello, world.

                2
                00:00:05,250 --> 00:01:02,003
                Two lines
                of text.
                """;
        assertEquals("""
                WEBVTT

                1
                00:00:01.000 --> 00:00:04.500
                Hello, world.

                2
                00:00:05.250 --> 00:01:02.003
                Two lines
                of text.
                """, SubRipToWebVtt.convert(subRip));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # line endings and marks
            CRLF                       | "1\\r\\n00:00:01,000 --> 00:00:02,000\\r\\nHi\\r\\n\\r\\n"             | "1\\n00:00:01.000 --> 00:00:02.000\\nHi\\n"
            CR alone (old Mac)         | "1\\r00:00:01,000 --> 00:00:02,000\\rHi\\r"                           | "1\\n00:00:01.000 --> 00:00:02.000\\nHi\\n"
            byte order mark            | "\\uFEFF1\\n00:00:01,000 --> 00:00:02,000\\nHi"                        | "1\\n00:00:01.000 --> 00:00:02.000\\nHi\\n"
            blank line of spaces       | "1\\n00:00:01,000 --> 00:00:02,000\\nA\\n  \\n2\\n00:00:03,000 --> 00:00:04,000\\nB" | "1\\n00:00:01.000 --> 00:00:02.000\\nA\\n\\n2\\n00:00:03.000 --> 00:00:04.000\\nB\\n"
            # timings written loosely
            dot separator              | "1\\n00:00:01.000 --> 00:00:02.000\\nHi"                              | "1\\n00:00:01.000 --> 00:00:02.000\\nHi\\n"
            one-digit fields           | "1\\n0:0:1,5 --> 0:0:2,25\\nHi"                                        | "1\\n00:00:01.500 --> 00:00:02.250\\nHi\\n"
            no spaces around arrow     | "1\\n00:00:01,000-->00:00:02,000\\nHi"                                | "1\\n00:00:01.000 --> 00:00:02.000\\nHi\\n"
            coordinates after the end  | "1\\n00:00:01,000 --> 00:00:02,000 X1:40 X2:600 Y1:20 Y2:50\\nHi"     | "1\\n00:00:01.000 --> 00:00:02.000\\nHi\\n"
            100 hours                  | "1\\n100:00:01,000 --> 100:00:02,000\\nHi"                            | "1\\n100:00:01.000 --> 100:00:02.000\\nHi\\n"
            no number                  | "00:00:01,000 --> 00:00:02,000\\nHi"                                  | "00:00:01.000 --> 00:00:02.000\\nHi\\n"
            # cue text
            italic kept                | "1\\n00:00:01,000 --> 00:00:02,000\\n<i>Hi</i> <B>there</B>"          | "1\\n00:00:01.000 --> 00:00:02.000\\n<i>Hi</i> <b>there</b>\\n"
            font colour dropped        | "1\\n00:00:01,000 --> 00:00:02,000\\n<font color=""#ff0"">Hi</font>" | "1\\n00:00:01.000 --> 00:00:02.000\\nHi\\n"
            ASS position dropped       | "1\\n00:00:01,000 --> 00:00:02,000\\n{\\\\an8}Top"                     | "1\\n00:00:01.000 --> 00:00:02.000\\nTop\\n"
            ampersand and less-than    | "1\\n00:00:01,000 --> 00:00:02,000\\nR&D < 3"                         | "1\\n00:00:01.000 --> 00:00:02.000\\nR&amp;D &lt; 3\\n"
            an arrow in the text       | "1\\n00:00:01,000 --> 00:00:02,000\\nA --> B"                         | "1\\n00:00:01.000 --> 00:00:02.000\\nA --&gt; B\\n"
            empty cue                  | "1\\n00:00:01,000 --> 00:00:02,000\\n\\n2\\n00:00:03,000 --> 00:00:04,000\\nB" | "1\\n00:00:01.000 --> 00:00:02.000\\n\\n2\\n00:00:03.000 --> 00:00:04.000\\nB\\n"
            # cues that leave out or add blank lines
            no blank line between cues | "1\\n00:00:01,000 --> 00:00:02,000\\nA\\n2\\n00:00:03,000 --> 00:00:04,000\\nB" | "1\\n00:00:01.000 --> 00:00:02.000\\nA\\n\\n2\\n00:00:03.000 --> 00:00:04.000\\nB\\n"
            blank line inside a cue    | "1\\n00:00:01,000 --> 00:00:02,000\\nA\\n\\nstill A\\n\\n2\\n00:00:03,000 --> 00:00:04,000\\nB" | "1\\n00:00:01.000 --> 00:00:02.000\\nA\\nstill A\\n\\n2\\n00:00:03.000 --> 00:00:04.000\\nB\\n"
            a number as the last text  | "1\\n00:00:01,000 --> 00:00:02,000\\n42"                             | "1\\n00:00:01.000 --> 00:00:02.000\\n42\\n"
            # what cannot be a cue
            block without timing       | "Subtitles by someone\\n\\n1\\n00:00:01,000 --> 00:00:02,000\\nHi"     | "1\\n00:00:01.000 --> 00:00:02.000\\nHi\\n"
            broken timing              | "1\\n00:00:01 --> 00:00:02\\nHi"                                       | ""
            empty file                 | ""                                                                     | ""
            """)
    void convertsEachCue(String description, String subRip, String expectedCues) {
        String expected = "WEBVTT\n" + (expectedCues.isEmpty() ? "" : "\n" + unescape(expectedCues));
        assertEquals(expected, SubRipToWebVtt.convert(unescape(subRip)));
    }

    /** The table spells control characters as Java escapes, so every row fits on one line. */
    private static String unescape(String text) {
        return text.replace("\\r", "\r").replace("\\n", "\n").replace("\\uFEFF", "\uFEFF")
                .replace("\\\\", "\\");
    }
}
