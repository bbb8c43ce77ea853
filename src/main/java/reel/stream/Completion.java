package reel.stream;

import jakarta.servlet.AsyncContext;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Completes one async request once: both error callbacks, WriteListener's and AsyncListener's, arrive for
 * one failure, and reel stopping may complete a paused stream too. Created with its stream, so that
 * nothing is loaded for the first time when it runs, which may be after reel has stopped.
 */
final class Completion {

    private final AsyncContext async;
    private final AtomicBoolean done = new AtomicBoolean();

    Completion(AsyncContext async) {
        this.async = async;
    }

    void complete() {
        if (!done.compareAndSet(false, true)) {
            return;
        }
        try {
            async.complete();
        } catch (IllegalStateException alreadyCompleted) {
            // The container completed it first, after an error of its own. Nothing is logged: this can
            // run after reel has stopped, when a log call could need classes that no longer load.
        }
    }
}
