package reel.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class FixturesTest {

    @Test
    void recordsSpellTheirStartingOffsets() {
        assertEquals("000000000\n000000010\n000000020\n", ascii(Fixtures.bytes(0, 29)));
    }

    @ParameterizedTest(name = "bytes {0}-{1} read \"{2}\"")
    @CsvSource(delimiter = '|', textBlock = """
            # inside one record
            5          | 8          | 0000
            # across a record boundary
            17         | 22         | 10\\n000
            # far into a large file, up to the last nine-digit offset
            123456780  | 123456788  | 123456780
            999999990  | 999999999  | 999999990\\n
            """)
    void anyRangeIsReadable(long first, long last, String expected) {
        assertEquals(expected.replace("\\n", "\n"), ascii(Fixtures.bytes(first, last)));
    }

    @Test
    void writtenFileHoldsTheSpelledContent(@TempDir Path dir) throws IOException {
        Path file = Fixtures.write(dir.resolve("sub folder/a b.mp4"), 1234);

        assertArrayEquals(Fixtures.content(1234), Files.readAllBytes(file));
    }

    @Test
    void emptyFileIsEmpty(@TempDir Path dir) throws IOException {
        assertEquals(0, Files.size(Fixtures.write(dir.resolve("empty.mp4"), 0)));
    }

    @Test
    void offsetsPastNineDigitsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Fixtures.bytes(0, Fixtures.MAX_SIZE));
        assertThrows(IllegalArgumentException.class, () -> Fixtures.content(Fixtures.MAX_SIZE + 1));
    }

    private static String ascii(byte[] bytes) {
        return new String(bytes, StandardCharsets.US_ASCII);
    }
}
