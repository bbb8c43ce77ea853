package reel.stream;

import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Copies one response body from an open file to a non-blocking {@link ServletOutputStream}: an 8 KB
 * buffer refilled by positional reads while {@link ServletOutputStream#isReady()} says the client can
 * take more, then nothing until the container calls {@link #onWritePossible()} again. No thread waits
 * for a slow client. Whatever ends the stream (the last byte, the client leaving, a read fault, the
 * async timeout, reel stopping) closes the file exactly once and reports the stream's end once.
 */
final class AsyncStream implements WriteListener, AsyncListener {

    private static final Logger LOG = Logger.getLogger(AsyncStream.class.getName());

    private final StreamJob job;
    private final ServletOutputStream out;
    private final BodyCopy copy;
    private final AtomicReference<StreamEnding> ending = new AtomicReference<>();
    private final Completion completion;
    private volatile IOException stopped;
    /** Bytes written without a flush (the turn was over, or the socket full), which the next turn sends first. */
    private volatile boolean heldBack;
    /** Paused by its bandwidth cap: no container event will come until the pacer resumes it. */

    private AsyncStream(StreamJob job, ServletOutputStream out) {
        this.job = job;
        this.out = out;
        this.copy = new BodyCopy(job.channel(), job.body(), FileVersion.of(job.channel(), job.file()));
        this.completion = new Completion(job.async());
    }

    /**
     * Starts copying the job's body on the container's write events; from here on the stream owns the
     * job's channel and closes it. {@code whenEnded} runs once, on whichever thread ends it.
     */
    static AsyncStream start(StreamJob job) throws IOException {
        ServletOutputStream out = job.response().getOutputStream();
        AsyncStream stream = new AsyncStream(job, out);
        job.async().addListener(stream);
        job.whenStarted().accept(stream);
        out.setWriteListener(stream);
        return stream;
    }

    @Override
    public void onWritePossible() throws IOException {
        long turn = 0;
        long turnBytes = job.turns().bytes();
        while (out.isReady()) {
            if (ending.get() != null) {
                abandonIfStopped();
                return;
            }
            if (turn == 0 && heldBack) {
                // The end of the last turn left a chunk in the container's buffer; it goes first.
                heldBack = false;
                out.flush();
                continue;
            }
            BodyCopy.Step step = copy.next();
            if (step instanceof BodyCopy.Finished) {
                // isReady() was true, so the container has taken every byte: completing sends what it holds.
                end(StreamEnding.COMPLETED, null);
                completion.complete();
                return;
            }
            if (!(step instanceof BodyCopy.Filled filled)) {
                answerReadFailure(step);
                return;
            }
            boolean containerWillCall = !write(filled.length(), turn < turnBytes);
            turn += filled.length();
            if (mustWait(filled.length(), containerWillCall)) {
                return;
            }
        }
    }

    /**
     * Under a bandwidth cap, stops writing while the stream is ahead of its rate; the pacer resumes it
     * (AsyncContext.start), unless the container already owes it a write event, which then is the resume:
     * two resumes would be two writers on one stream.
     */
    private boolean mustWait(int written, boolean containerWillCall) {
        OptionalLong pause = job.pacing().isEmpty() ? OptionalLong.empty() : job.pacing().get().pauseAfter(written);
        if (pause.isEmpty()) {
            return false;
        }
        if (containerWillCall) {
            return true;
        }
        if (!job.pacing().get().wakeup().after(pause.getAsLong(), () -> job.async().start(this::resume))) {
            shutDown();
        }
        return true;
    }

    /** A paced stream's next turn: outside a write callback, so a failure has no container to be thrown to. */
    private void resume() {
        try {
            onWritePossible();
        } catch (IOException | RuntimeException e) {
            end(StreamEnding.CLIENT_GONE, e);
            closeByContainer();
        }
    }

    @Override
    public void onError(Throwable failure) {
        end(StreamEnding.CLIENT_GONE, failure);
        completion.complete();
    }

    /** The cause came to {@link #onError(Throwable)} already; see {@link #shutDown()} for why the event is not read. */
    @Override
    public void onError(AsyncEvent event) {
        end(StreamEnding.CLIENT_GONE, null);
        completion.complete();
    }

    /**
     * The container's async timeout. The response stays incomplete on purpose: with no complete() from
     * a listener, Tomcat ends the request as an error and closes the connection, which is what a client
     * holding a short body needs; completing normally would leave it waiting for the promised bytes.
     */
    @Override
    public void onTimeout(AsyncEvent event) {
        end(StreamEnding.TIMED_OUT, null);
    }

    @Override
    public void onComplete(AsyncEvent event) {
        // Normally ended already; this catches a container that completes the request on its own.
        end(StreamEnding.CLIENT_GONE, null);
    }

    @Override
    public void onStartAsync(AsyncEvent event) {
        // Not restarted: one request, one stream.
    }

    /**
     * Ends the stream from outside, when reel stops: the file closes now, the connection at its next
     * event. That event may come after Tomcat has stopped reel's class loader, when code that links a
     * class for the first time fails; so every callback on an ended stream only uses what has run
     * before, and the exception that abandons the connection is made here, while reel still runs.
     */
    void shutDown() {
        stopped = new IOException("reel stopped while streaming " + job.file().path());
        end(StreamEnding.SHUT_DOWN, null);
        // A paused stream gets no write event again, nor does one whose client stopped reading.
        closeByContainer();
    }

    /**
     * Ends an abandoned response from outside a write callback: the shortest async timeout has the container
     * end the request as an error and close the connection; completing would leave the client waiting.
     */
    private void closeByContainer() {
        job.async().setTimeout(1);
    }

    /** How the stream ended, or empty while it runs. */
    Optional<StreamEnding> ending() {
        return Optional.ofNullable(ending.get());
    }

    /**
     * Writes the buffer and, within a turn ({@link FairTurns}) and while the socket takes it, flushes it at
     * once: Tomcat copies aside onto the heap what a full socket cannot take of a flush, so a stalled client
     * pins about one chunk, and a client that keeps up never waits for the poller. At the end of a turn the
     * stream stops flushing; the next chunks fill Tomcat's 8 KB response and socket buffers, isReady()
     * turns false, and the next turn is the container's to give. False when isReady() said no: the
     * container will call onWritePossible again by itself.
     */
    private boolean write(int length, boolean flush) throws IOException {
        try {
            out.write(copy.bytes(), 0, length);
            copy.advance(length);
            if (!flush) {
                heldBack = true;
                return true;
            }
            if (!out.isReady()) {
                heldBack = true;
                return false;
            }
            out.flush();
            return true;
        } catch (IOException clientGone) {
            end(StreamEnding.CLIENT_GONE, clientGone);
            throw clientGone;
        }
    }

    /**
     * Before commit the client can still be told 500. After it the only honest signal is a broken
     * connection, and throwing from the write callback is how a servlet asks the container for one.
     */
    private void answerReadFailure(BodyCopy.Step failed) throws IOException {
        if (ending.get() == null) {
            LOG.warning(() -> "read failed file=" + job.file().path() + " after " + copy.written() + " bytes: "
                    + BodyCopy.reason(failed));
        }
        boolean shutDown = ending.get() == StreamEnding.SHUT_DOWN;
        end(StreamEnding.READ_FAILED, null);
        // A stream reel stopped is abandoned whatever was sent: no response may start after undeploy.
        if (!shutDown && BodyCopy.FailureAnswer.whenCommitted(job.response().isCommitted())
                == BodyCopy.FailureAnswer.SERVER_ERROR) {
            job.response().reset();
            job.response().setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
            job.response().setContentLength(0);
            completion.complete();
            return;
        }
        throw copy.abandoned(job.file());
    }

    private void abandonIfStopped() throws IOException {
        IOException abandon = stopped;
        if (abandon != null) {
            throw abandon;
        }
    }

    private void end(StreamEnding why, Throwable cause) {
        if (!ending.compareAndSet(null, why)) {
            return;
        }
        try {
            job.channel().close();
        } catch (IOException e) {
            LOG.log(Level.FINE, "closing " + job.file().path(), e);
        }
        why.log(LOG, job.file(), copy.written(), cause);
        job.whenEnded().accept(this);
    }
}
