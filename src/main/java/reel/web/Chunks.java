package reel.web;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/** Puts a {@link BodyCursor.Chunk} into the copy buffer, for both copy loops. */
final class Chunks {

    private Chunks() {
    }

    /**
     * Copies literal bytes or reads the file slice at its position (never moving a shared file
     * position); returns the bytes now in the buffer, 0 or less when the file ended early.
     */
    static int fill(BodyCursor.Chunk chunk, FileChannel channel, ByteBuffer buffer) throws IOException {
        buffer.clear().limit(chunk.length());
        if (chunk instanceof BodyCursor.Literal literal) {
            buffer.put(literal.bytes(), literal.offset(), literal.length());
            return literal.length();
        }
        return channel.read(buffer, ((BodyCursor.FileSlice) chunk).position());
    }
}
