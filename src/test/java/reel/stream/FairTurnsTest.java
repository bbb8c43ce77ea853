package reel.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FairTurnsTest {

    @ParameterizedTest(name = "{0} streams running -> turns of {1} bytes")
    @CsvSource(textBlock = """
            # alone or nearly: long turns, a fast client keeps its throughput
            0,      1048576
            1,      1048576
            8,      1048576
            # among more, one round of everybody's turns stays near 8 MB
            16,     524288
            32,     262144
            # among many, the floor
            64,     131072
            5000,   131072
            """)
    void turnsShrinkAsStreamsGrowInNumber(int running, int bytes) {
        assertEquals(bytes, new FairTurns(() -> running).bytes());
    }
}
