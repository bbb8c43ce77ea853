package reel.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import reel.config.MaxStreams;

class StreamBudgetTest {

    /** Half the heap limit at 128 KiB a stream, never fewer than 16, never more than max-streams allows. */
    @ParameterizedTest(name = "auto with a {0} MiB heap limit -> {1} streams")
    @CsvSource(textBlock = """
            # -Xmx512m, as ops teams run a shared Tomcat
            512,        2048
            # -Xmx2g
            2048,       8192
            # the JVM's default on this 24 GiB machine: a quarter of it
            6144,       24576
            # a tiny heap still serves a few viewers
            64,         256
            4,          16
            1,          16
            # no limit at all (Long.MAX_VALUE bytes is about 8 EiB)
            8796093022207, 1000000
            """)
    void autoDerivesTheBudgetFromTheHeapLimit(long heapMiB, int streams) {
        StreamBudget.Size size = StreamBudget.size(new MaxStreams.Auto(), heapMiB << 20);

        assertEquals(streams, size.streams());
        assertEquals("max-streams=auto: 50% of the " + heapMiB + " MiB heap limit at 128 KiB a stream",
                size.derivation());
    }

    @Test
    void aFixedNumberIsTakenAsItIs() {
        StreamBudget.Size size = StreamBudget.size(new MaxStreams.Fixed(3), 512L << 20);

        assertEquals(3, size.streams());
        assertEquals("max-streams=3", size.derivation());
    }

    @Test
    void admitsUpToTheLimitThenRefusesUntilAPlaceIsReleased() {
        StreamBudget budget = new StreamBudget(2);
        Optional<StreamBudget.Admission> first = budget.admit();
        Optional<StreamBudget.Admission> second = budget.admit();

        assertTrue(first.isPresent() && second.isPresent());
        assertEquals(Optional.empty(), budget.admit());
        assertEquals(2, budget.running());

        first.get().release();
        assertEquals(1, budget.running());
        assertTrue(budget.admit().isPresent());
        assertEquals(Optional.empty(), budget.admit());
    }

    @Test
    void aPlaceIsReleasedOnceHoweverOftenItsEndIsReported() {
        StreamBudget budget = new StreamBudget(2);
        StreamBudget.Admission admission = budget.admit().orElseThrow();
        budget.admit().orElseThrow();

        admission.release();
        admission.release();

        assertEquals(1, budget.running());
    }

    /** Many threads racing for the last places never admit more than the limit. */
    @Test
    void racingThreadsNeverGoOverTheLimit() throws Exception {
        StreamBudget budget = new StreamBudget(10);
        AtomicInteger admitted = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                done.add(threads.submit(() -> {
                    start.await();
                    for (int i = 0; i < 10_000; i++) {
                        Optional<StreamBudget.Admission> admission = budget.admit();
                        if (admission.isPresent()) {
                            most.accumulateAndGet(admitted.incrementAndGet(), Math::max);
                            admitted.decrementAndGet();
                            admission.get().release();
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (var future : done) {
                future.get(30, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }
        assertTrue(most.get() <= 10, most + " at once");
        assertEquals(0, budget.running());
    }
}
