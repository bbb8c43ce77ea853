package reel.media;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.time.Duration;
import java.util.Optional;

/**
 * Reads an ISO base media file (MP4, M4V, MOV) box by box (ISO/IEC 14496-12 §4.2): the order of the
 * top-level {@code moov} and {@code mdat}, and the duration in {@code moov/mvhd} (§8.2.2). Only box
 * headers and the {@code mvhd} body are read, a few hundred bytes whatever the file's size.
 */
final class Mp4Probe {

    // A real file has a handful of top-level boxes; a bound stops a crafted one from keeping us reading.
    static final int MAX_BOXES = 1024;
    private static final long UNKNOWN_DURATION_V0 = 0xFFFF_FFFFL;

    private Mp4Probe() {
    }

    static VideoFacts probe(SeekableByteChannel channel) throws IOException {
        long fileSize = channel.size();
        long position = 0;
        boolean mdatSeen = false;
        for (int count = 0; count < MAX_BOXES; count++) {
            Optional<Box> box = Box.read(channel, position, fileSize);
            if (box.isEmpty()) {
                break;
            }
            if (box.get().is("mdat")) {
                mdatSeen = true;
            } else if (box.get().is("moov")) {
                VideoFacts.Streaming streaming = mdatSeen ? VideoFacts.Streaming.SLOW_START : VideoFacts.Streaming.READY;
                return new VideoFacts(movieDuration(channel, box.get()), streaming);
            }
            position = box.get().end();
        }
        return VideoFacts.UNKNOWN;
    }

    private static Optional<Duration> movieDuration(SeekableByteChannel channel, Box moov) throws IOException {
        long position = moov.bodyStart();
        for (int count = 0; count < MAX_BOXES && position < moov.end(); count++) {
            Optional<Box> child = Box.read(channel, position, moov.end());
            if (child.isEmpty()) {
                return Optional.empty();
            }
            if (child.get().is("mvhd")) {
                return mvhd(channel, child.get());
            }
            position = child.get().end();
        }
        return Optional.empty();
    }

    /** §8.2.2.2: version 0 has 32-bit times and duration, version 1 64-bit; all ones means unknown. */
    private static Optional<Duration> mvhd(SeekableByteChannel channel, Box mvhd) throws IOException {
        Optional<ByteBuffer> body = HeaderBytes.read(channel, mvhd.bodyStart(), (int) Math.min(32, mvhd.bodySize()));
        if (body.isEmpty() || body.get().remaining() < 20) {
            return Optional.empty();
        }
        ByteBuffer bytes = body.get();
        int version = bytes.get(0) & 0xFF;
        if (version == 0) {
            long timescale = Integer.toUnsignedLong(bytes.getInt(12));
            long duration = Integer.toUnsignedLong(bytes.getInt(16));
            return duration == UNKNOWN_DURATION_V0 ? Optional.empty() : duration(duration, timescale);
        }
        if (version == 1 && bytes.remaining() >= 32) {
            long timescale = Integer.toUnsignedLong(bytes.getInt(20));
            // Negative as a signed long: all ones (unknown) or beyond any real film.
            return duration(bytes.getLong(24), timescale);
        }
        return Optional.empty();
    }

    /** Zero is what fragmented files write here; their length lives in the fragments, which we do not walk. */
    static Optional<Duration> duration(long units, long timescale) {
        if (units <= 0 || timescale <= 0) {
            return Optional.empty();
        }
        long nanos = Math.multiplyExact(units % timescale, 1_000_000_000L) / timescale;
        return Optional.of(Duration.ofSeconds(units / timescale, nanos));
    }

    /** A box header: where its body starts and where it ends, never past its container. */
    record Box(String type, long bodyStart, long end) {

        boolean is(String name) {
            return type.equals(name);
        }

        long bodySize() {
            return end - bodyStart;
        }

        /** §4.2: size 1 means a 64-bit size follows the type, size 0 means "to the end of the file". */
        static Optional<Box> read(SeekableByteChannel channel, long position, long limit) throws IOException {
            if (limit - position < 8) {
                return Optional.empty();
            }
            Optional<ByteBuffer> header = HeaderBytes.read(channel, position, (int) Math.min(16, limit - position));
            if (header.isEmpty()) {
                return Optional.empty();
            }
            ByteBuffer bytes = header.get();
            long size = Integer.toUnsignedLong(bytes.getInt(0));
            String type = fourCc(bytes);
            long headerSize = 8;
            if (size == 1) {
                if (bytes.remaining() < 16) {
                    return Optional.empty();
                }
                size = bytes.getLong(8);
                headerSize = 16;
            } else if (size == 0) {
                size = limit - position;
            }
            if (size < headerSize) {
                return Optional.empty();
            }
            // A box that claims more than its container holds is cut short: a truncated download.
            long end = size > limit - position ? limit : position + size;
            return Optional.of(new Box(type, position + headerSize, end));
        }

        private static String fourCc(ByteBuffer bytes) {
            char[] type = new char[4];
            for (int i = 0; i < 4; i++) {
                type[i] = (char) (bytes.get(4 + i) & 0xFF);
            }
            return new String(type);
        }
    }
}
