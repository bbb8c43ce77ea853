package reel.search;

import java.io.IOException;
import java.time.Duration;

/** Waits for a library index to be ready, as a person reloading would; for tests in any package. */
public final class AwaitIndex {

    private AwaitIndex() {
    }

    /** Polls every 10 ms; a build of a test's few files takes milliseconds, so 30 s means it is stuck. */
    public static void ready(LibraryIndex index) throws InterruptedException, IOException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!(index.status() instanceof IndexStatus.Ready)) {
            if (System.nanoTime() > deadline) {
                throw new IOException("the index was not ready within 30 s: " + index.status());
            }
            Thread.sleep(10);
        }
    }
}
