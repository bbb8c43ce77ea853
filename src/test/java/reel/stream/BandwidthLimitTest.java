package reel.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BandwidthLimitTest {

    /** A clock that moves only when the test says so; nanoTime's origin is arbitrary, hence the odd start. */
    private long now = 7_000_000_000L;

    /**
     * A script per row: {@code w<bytes>} writes, {@code t<ms>} advances the clock, and the expected column
     * is the wait in milliseconds the limit asks for after the script.
     */
    @ParameterizedTest(name = "{0} B/s, burst {1}: {2} -> wait {3} ms")
    @CsvSource(delimiter = '|', textBlock = """
            # nothing written yet: go
            1000    | 0      | ''                        | 0
            # at the rate, no burst: one second's worth costs one second
            1000    | 0      | w1000                     | 1000
            1000    | 0      | w500                      | 500
            1000    | 0      | w1000 t400                | 600
            1000    | 0      | w1000 t1000               | 0
            1000    | 0      | w1000 t1000 w1000         | 1000
            # debts add up over several writes
            1000    | 0      | w250 w250 w250 w250       | 1000
            # a burst lets the first bytes go at once, then the rate applies
            1000    | 1000   | w1000                     | 0
            1000    | 1000   | w1000 w1000               | 1000
            1000    | 1000   | w3000                     | 2000
            # idle time is not saved up beyond the burst: a stream paused for a minute does not then run free
            1000    | 1000   | t60000 w3000              | 2000
            1000    | 0      | w1000 t5000 w1000         | 1000
            # rounding goes up, so the cap is never exceeded: 1 byte at 3 B/s is 333.33... ms
            3       | 0      | w1                        | 334
            # a realistic cap: 2 MiB/s, 256 KiB burst, 64 KiB writes
            2097152 | 262144 | w65536 w65536 w65536 w65536 | 0
            2097152 | 262144 | w65536 w65536 w65536 w65536 w65536 | 32
            """)
    void waitsAsTheRateRequires(long bytesPerSecond, long burstBytes, String script, long expectedMillis) {
        BandwidthLimit limit = new BandwidthLimit(bytesPerSecond, burstBytes, () -> now);
        for (String step : script.split(" ")) {
            if (step.startsWith("w")) {
                limit.written(Long.parseLong(step.substring(1)));
            } else if (step.startsWith("t")) {
                now += Long.parseLong(step.substring(1)) * 1_000_000L;
            }
        }
        assertEquals(expectedMillis, ceilMillis(limit.nanosUntilNextWrite()));
    }

    @Test
    void aStreamFollowingTheAdviceAveragesTheRate() {
        BandwidthLimit limit = new BandwidthLimit(1_000_000, 0, () -> now);
        long start = now;
        for (int write = 0; write < 100; write++) {
            now += limit.nanosUntilNextWrite();
            limit.written(8192);
        }
        now += limit.nanosUntilNextWrite();
        // 819,200 bytes at 1,000,000 B/s: 819.2 ms, give or take the rounding up of each write (< 1 ns each).
        assertEquals(819_200_000L, now - start, 100);
    }

    @Test
    void perSecondAllowsOneSecondOfBurst() {
        BandwidthLimit limit = BandwidthLimit.perSecond(1000, () -> now);
        limit.written(1000);
        assertEquals(0, limit.nanosUntilNextWrite());
        limit.written(1);
        assertEquals(1_000_000, limit.nanosUntilNextWrite());
    }

    @Test
    void refusesRatesOutsideItsArithmetic() {
        assertThrows(IllegalArgumentException.class, () -> new BandwidthLimit(0, 0, () -> now));
        assertThrows(IllegalArgumentException.class, () -> new BandwidthLimit((8L << 30) + 1, 0, () -> now));
        assertThrows(IllegalArgumentException.class, () -> new BandwidthLimit(1000, -1, () -> now));
        assertThrows(IllegalArgumentException.class, () -> new BandwidthLimit(1000, 0, () -> now).written(-1));
    }

    private static long ceilMillis(long nanos) {
        return (nanos + 999_999) / 1_000_000;
    }
}
