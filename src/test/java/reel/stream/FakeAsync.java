package reel.stream;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * A mocked {@link AsyncContext} plus the part of Tomcat that drives it: write events while the
 * response's client reads, the error callbacks when a write callback throws, and the timeout.
 */
public final class FakeAsync {

    /** Far more write events than any test body needs; a loop that never ends is a bug to report. */
    private static final int MAX_EVENTS = 100_000;

    public final AsyncContext context = mock(AsyncContext.class);
    public final List<AsyncListener> listeners = new ArrayList<>();
    public long timeout = -1;
    public int completions;
    public int writeEvents;
    /** Runnables given to AsyncContext.start, waiting for a container thread. */
    public final Deque<Runnable> queued = new ArrayDeque<>();
    /** What a write callback threw: Tomcat then closes the connection (CLOSE_NOW). */
    public Optional<Throwable> thrown = Optional.empty();

    public FakeAsync() {
        doAnswer(call -> listeners.add(call.getArgument(0))).when(context).addListener(any(AsyncListener.class));
        doAnswer(call -> timeout = call.getArgument(0)).when(context).setTimeout(anyLong());
        doAnswer(call -> ++completions).when(context).complete();
        doAnswer(call -> queued.add(call.getArgument(0))).when(context).start(any(Runnable.class));
    }

    public boolean completed() {
        return completions > 0;
    }

    /**
     * Runs write events as a client reads, and the turns a stream queued with AsyncContext.start, until
     * the stream completes, fails or waits for something else.
     */
    public void runWrites(RecordedResponse response) {
        while (!completed() && thrown.isEmpty()) {
            if (++writeEvents > MAX_EVENTS) {
                throw new AssertionError("no end after " + MAX_EVENTS + " write events");
            }
            if (!queued.isEmpty()) {
                queued.poll().run();
                continue;
            }
            response.clientReads();
            try {
                response.listener.onWritePossible();
            } catch (IOException | RuntimeException failure) {
                // As Tomcat's CoyoteAdapter: onError on the write listener, then the async listeners'.
                thrown = Optional.of(failure);
                response.listener.onError(failure);
                listeners.forEach(listener -> onError(listener, failure));
            }
        }
    }

    /** The container's async timeout, as Tomcat fires it. */
    public void timeOut() throws IOException {
        for (AsyncListener listener : List.copyOf(listeners)) {
            listener.onTimeout(new AsyncEvent(context));
        }
    }

    private void onError(AsyncListener listener, Throwable failure) {
        try {
            listener.onError(new AsyncEvent(context, failure));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
