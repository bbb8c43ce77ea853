package reel.stream;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import reel.media.MediaFile;

/**
 * Copies one response body from an open file to a non-blocking {@link ServletOutputStream}: an 8 KB
 * buffer refilled by positional reads while {@link ServletOutputStream#isReady()} says the client can
 * take more, then nothing until the container calls {@link #onWritePossible()} again. No thread waits
 * for a slow client. Whatever ends the stream (the last byte, the client leaving, a read fault, the
 * async timeout, reel stopping) closes the file exactly once and reports the stream's end once.
 */
final class AsyncStream implements WriteListener, AsyncListener {

    static final int BUFFER_SIZE = BodyCopy.BUFFER_SIZE;


    private static final long MIN_PAUSE_NANOS = 1_000_000;

    private static final Logger LOG = Logger.getLogger(AsyncStream.class.getName());

    /** Runs {@code resume} after {@code nanos}; false if it never will (reel is stopping). */
    @FunctionalInterface
    interface Wakeup {
        boolean after(long nanos, Runnable resume);
    }

    /** A bandwidth cap for one stream, and who wakes it when the cap lets it write again. */
    record Pacing(BandwidthLimit limit, Wakeup wakeup) {
    }

    /**
     * What one stream is to do: copy {@code body} from the open {@code channel} of {@code file} to the
     * {@code response} of {@code async}, paced by {@code pacing} if capped, in {@code turns} among the other
     * streams; {@code whenStarted} hears of it before its first write, {@code whenEnded} once, however it ends.
     */
    record Job(AsyncContext async, HttpServletResponse response, FileChannel channel, MediaFile file,
            ResponseBody body, Optional<Pacing> pacing, FairTurns turns, Consumer<AsyncStream> whenStarted,
            Consumer<AsyncStream> whenEnded) {
    }

    private final AsyncContext async;
    private final HttpServletResponse response;
    private final ServletOutputStream out;
    private final FileChannel channel;
    private final MediaFile file;
    private final BodyCopy copy;
    private final Consumer<AsyncStream> whenEnded;
    private final Optional<Pacing> pacing;
    private final FairTurns turns;
    private final AtomicReference<StreamEnding> ending = new AtomicReference<>();
    private final AtomicBoolean completed = new AtomicBoolean();
    private volatile IOException stopped;
    /** Bytes were written without a flush (the turn was over, or the socket full); the next turn flushes them first. */
    private boolean heldBack;
    /** Paused by its bandwidth cap: no container event will come until the pacer resumes it. */
    private volatile boolean paused;

    private AsyncStream(Job job, ServletOutputStream out) {
        this.async = job.async();
        this.response = job.response();
        this.out = out;
        this.channel = job.channel();
        this.file = job.file();
        this.copy = new BodyCopy(job.channel(), job.body());
        this.whenEnded = job.whenEnded();
        this.pacing = job.pacing();
        this.turns = job.turns();
    }

    /**
     * Starts copying the job's body on the container's write events; from here on the stream owns the
     * job's channel and closes it. {@code whenEnded} runs once, on whichever thread ends it.
     */
    static AsyncStream start(Job job) throws IOException {
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
        long turnBytes = turns.bytes();
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
                complete();
                return;
            }
            if (!(step instanceof BodyCopy.Filled filled)) {
                answerReadFailure(step);
                return;
            }
            write(filled.length(), turn < turnBytes);
            turn += filled.length();
            if (mustWait(filled.length())) {
                return;
            }
        }
    }

    /**
     * Under a bandwidth cap, stops writing while the stream is ahead of its rate and has the pacer resume
     * it later on a container thread (AsyncContext.start). isReady() was true, so the container will not
     * call onWritePossible meanwhile: the pacer's resume is the only writer.
     */
    private boolean mustWait(int written) {
        if (pacing.isEmpty()) {
            return false;
        }
        BandwidthLimit limit = pacing.get().limit();
        limit.written(written);
        long wait = limit.nanosUntilNextWrite();
        if (wait == 0) {
            return false;
        }
        paused = true;
        // At least a millisecond, so that this callback has long returned to the container when the
        // resume starts writing on another thread.
        if (!pacing.get().wakeup().after(Math.max(wait, MIN_PAUSE_NANOS), () -> async.start(this::resume))) {
            shutDown();
        }
        return true;
    }

    /** A paced stream's next turn. Its failures have no container callback to go to, so they end it here. */
    private void resume() {
        paused = false;
        try {
            onWritePossible();
        } catch (IOException | RuntimeException e) {
            onError(e);
        }
    }

    @Override
    public void onError(Throwable failure) {
        end(StreamEnding.CLIENT_GONE, failure);
        complete();
    }

    /** The cause came to {@link #onError(Throwable)} already; see {@link #shutDown()} for why the event is not read. */
    @Override
    public void onError(AsyncEvent event) {
        end(StreamEnding.CLIENT_GONE, null);
        complete();
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
        stopped = new IOException("reel stopped while streaming " + file.path());
        end(StreamEnding.SHUT_DOWN, null);
        if (paused) {
            // No event will reach a paused stream again; completing lets Tomcat close the connection
            // at its keep-alive timeout instead of at the async timeout, hours later.
            complete();
        }
    }

    /** How the stream ended, or empty while it runs. */
    Optional<StreamEnding> ending() {
        return Optional.ofNullable(ending.get());
    }

    /** Body bytes handed to the container so far. */
    long bytesWritten() {
        return copy.written();
    }

    /**
     * Writes the buffer and, within a turn ({@link FairTurns}) and while the socket takes it, flushes it
     * at once. Tomcat copies a flush the socket cannot take aside onto the heap, and holds back what a full response
     * buffer pushes into its socket buffer until its poller has written it (isReady() is false till
     * then): flushing each 8 KB chunk keeps what a stalled client pins to about one chunk, and a client
     * that keeps up never waits for the poller. At the end of a turn the stream stops flushing, so the
     * next chunks fill the response buffer and the socket buffer, isReady() turns false, and the next
     * turn is the container's to give. The container's own response buffer stays at its 8 KB default.
     */
    private void write(int length, boolean flush) throws IOException {
        try {
            out.write(copy.bytes(), 0, length);
            copy.advance(length);
            if (flush && out.isReady()) {
                out.flush();
            } else {
                heldBack = true;
            }
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
            LOG.warning(() -> "read failed file=" + file.path() + " after " + copy.written() + " bytes: "
                    + BodyCopy.reason(failed));
        }
        boolean shutDown = ending.get() == StreamEnding.SHUT_DOWN;
        end(StreamEnding.READ_FAILED, null);
        // A stream reel stopped is abandoned whatever was sent: no response may start after undeploy.
        if (!shutDown && BodyCopy.FailureAnswer.whenCommitted(response.isCommitted())
                == BodyCopy.FailureAnswer.SERVER_ERROR) {
            response.reset();
            response.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
            response.setContentLength(0);
            complete();
            return;
        }
        throw copy.abandoned(file);
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
            channel.close();
        } catch (IOException e) {
            LOG.log(Level.FINE, "closing " + file.path(), e);
        }
        why.log(LOG, file, copy.written(), cause);
        whenEnded.accept(this);
    }

    /** Both error callbacks, WriteListener's and AsyncListener's, arrive for one failure; complete once. */
    private void complete() {
        if (!completed.compareAndSet(false, true)) {
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
