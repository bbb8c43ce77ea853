package reel.media;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.util.Optional;

/** Positioned reads of a few header bytes, shared by the container readers. */
final class HeaderBytes {

    private HeaderBytes() {
    }

    /** Exactly {@code length} bytes from {@code position}, ready to read; empty if the file ends first. */
    static Optional<ByteBuffer> read(SeekableByteChannel channel, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        channel.position(position);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer) < 0) {
                return Optional.empty();
            }
        }
        return Optional.of(buffer.flip());
    }
}
