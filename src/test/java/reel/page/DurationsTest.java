package reel.page;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DurationsTest {

    @ParameterizedTest(name = "{0} shows as {1}, reads as \"{2}\"")
    @CsvSource(delimiter = '|', textBlock = """
            PT0S          | 0:00     | 0 seconds
            PT0.999S      | 0:00     | 0 seconds
            PT7S          | 0:07     | 7 seconds
            PT1S          | 0:01     | 1 second
            PT30S         | 0:30     | 30 seconds
            PT1M5S        | 1:05     | 1 minute 5 seconds
            PT12M         | 12:00    | 12 minutes
            PT59M59.9S    | 59:59    | 59 minutes 59 seconds
            PT1H          | 1:00:00  | 1 hour
            PT1H2M3S      | 1:02:03  | 1 hour 2 minutes
            PT100H        | 100:00:00| 100 hours
            """)
    void formats(String iso, String expectedClock, String expectedSpoken) {
        Duration duration = Duration.parse(iso);
        assertEquals(expectedClock, Durations.format(duration));
        assertEquals(expectedSpoken, Durations.spoken(duration));
    }

    @ParameterizedTest(name = "a video of {0} shows its frame at {1}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown   | PT3S
            PT6S      | PT0.6S
            PT30S     | PT3S
            PT10M     | PT1M
            PT2H      | PT2M
            """)
    void postersAreTakenTenPercentInAtMostTwoMinutes(String length, String expected) {
        Optional<Duration> duration = length.equals("unknown") ? Optional.empty() : Optional.of(Duration.parse(length));
        assertEquals(Duration.parse(expected), Durations.posterTime(duration));
    }
}
