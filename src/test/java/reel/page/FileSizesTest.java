package reel.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FileSizesTest {

    @ParameterizedTest(name = "{0} bytes -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # bytes
            0                     | 0 B
            1                     | 1 B
            1023                  | 1023 B
            # one decimal from a kilobyte up, in steps of 1024
            1024                  | 1.0 KB
            1536                  | 1.5 KB
            1126                  | 1.1 KB
            965257                | 942.6 KB
            1468006               | 1.4 MB
            # a value that rounds up to 1024 moves to the next unit
            1048524               | 1023.9 KB
            1048575               | 1.0 MB
            1048576               | 1.0 MB
            2147483647            | 2.0 GB
            2147483648            | 2.0 GB
            3435973837            | 3.2 GB
            5497558138880         | 5.0 TB
            5629499534213120      | 5.0 PB
            9223372036854775807   | 8.0 EB
            """)
    void formatsForPeople(long bytes, String expected) {
        assertEquals(expected, FileSizes.format(bytes));
    }

    @Test
    void refusesNegativeSizes() {
        assertThrows(IllegalArgumentException.class, () -> FileSizes.format(-1));
    }
}
