package reel.stream;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.Optional;
import reel.media.MediaFile;

/**
 * The design's central act, in one place: read the next 8 KB of a response body at its position into the
 * one copy buffer, and say what came of it. Both copy loops call {@link #next()}, write the bytes it
 * filled, and {@link #advance} by what went out: {@link AsyncStream} on the container's write events,
 * {@link BlockingCopy} on the request thread. Reads are positional, so the file's shared position never
 * moves; multipart framing comes from the body itself. Every {@value #CHECK_EVERY} file reads (1 MB), and
 * after the body's last one, it asks whether the file changed under the stream.
 *
 * <pre>{@code
 * BodyCopy copy = new BodyCopy(channel, body, FileVersion.of(channel, file));
 * for (BodyCopy.Step step = copy.next(); step instanceof BodyCopy.Filled filled; step = copy.next()) {
 *     out.write(copy.bytes(), 0, filled.length());
 *     copy.advance(filled.length());
 * }
 * }</pre>
 */
final class BodyCopy {

    static final int BUFFER_SIZE = 8 * 1024;
    /** Two system calls per megabyte: cheap beside the copy, and a rewrite is caught within 1 MB. */
    static final int CHECK_EVERY = 128;

    /** What reading the next chunk gave. */
    sealed interface Step permits Filled, Finished, EndedEarly, ReadFailed, Changed {
    }

    /** {@code length} bytes of the body are in the buffer, ready to be written. */
    record Filled(int length) implements Step {
    }

    /** Every byte of the body has been written. */
    record Finished() implements Step {
    }

    /** The file ends before the body does: it is shorter than when the reply was decided. */
    record EndedEarly() implements Step {
    }

    /** The file could not be read. */
    record ReadFailed(IOException cause) implements Step {
    }

    /** The file changed while it was being sent: what follows would not be the version the ETag names. */
    record Changed() implements Step {
    }

    private final FileChannel channel;
    private final FileVersion version;
    private final BodyCursor cursor;
    private int readsSinceCheck;
    private final ByteBuffer buffer = ByteBuffer.allocate(BUFFER_SIZE);

    BodyCopy(FileChannel channel, ResponseBody body, FileVersion version) {
        this.channel = channel;
        this.version = version;
        this.cursor = new BodyCursor(body, BUFFER_SIZE);
    }

    /** Fills the buffer with the next chunk of the body, from the reply's framing or from the file. */
    Step next() {
        Optional<BodyCursor.Chunk> chunk = cursor.next();
        if (chunk.isEmpty()) {
            return new Finished();
        }
        buffer.clear().limit(chunk.get().length());
        if (chunk.get() instanceof BodyCursor.Literal literal) {
            buffer.put(literal.bytes(), literal.offset(), literal.length());
            return new Filled(literal.length());
        }
        BodyCursor.FileSlice slice = (BodyCursor.FileSlice) chunk.get();
        int read;
        try {
            read = channel.read(buffer, slice.position());
        } catch (IOException e) {
            return new ReadFailed(e);
        }
        if (read <= 0) {
            return new EndedEarly();
        }
        // Checked after the read, so the bytes just read are covered too.
        if ((++readsSinceCheck >= CHECK_EVERY || slice.last()) && checkChanged()) {
            return new Changed();
        }
        return new Filled(read);
    }

    private boolean checkChanged() {
        readsSinceCheck = 0;
        return version.changed();
    }

    /** The copy buffer; the first {@link Filled#length()} bytes are the chunk {@link #next()} filled. */
    byte[] bytes() {
        return buffer.array();
    }

    /** Records that {@code count} bytes of the filled chunk went out. */
    void advance(int count) {
        cursor.advance(count);
    }

    /** Body bytes written so far. */
    long written() {
        return cursor.written();
    }

    /** What a read failure calls for, decided once for both copy loops. */
    enum FailureAnswer {
        /** Nothing has reached the client yet: it can still be told 500. */
        SERVER_ERROR,
        /** Bytes have gone out: the only honest signal left is a broken connection. */
        ABANDON;

        static FailureAnswer whenCommitted(boolean committed) {
            return committed ? ABANDON : SERVER_ERROR;
        }
    }

    /** The exception that, thrown to the container, breaks the connection of an abandoned response. */
    IOException abandoned(MediaFile file) {
        return new IOException("response abandoned after " + written() + " bytes of " + file.path());
    }

    /** Why a step that is not {@link Filled} or {@link Finished} ended the copy, for the log. */
    static String reason(Step failed) {
        if (failed instanceof ReadFailed readFailed) {
            return readFailed.cause().toString();
        }
        if (failed instanceof EndedEarly) {
            return "the file is shorter than when the reply was decided";
        }
        if (failed instanceof Changed) {
            return "the file changed while it was being sent (its size or modification time is not the one its"
                    + " ETag names)";
        }
        throw new IllegalArgumentException("not a failure: " + failed);
    }
}
