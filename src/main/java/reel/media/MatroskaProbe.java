package reel.media;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.time.Duration;
import java.util.Optional;

/**
 * Reads the duration of a Matroska or WebM file (RFC 9559): the EBML header, then the Segment's
 * children up to {@code Info}, whose {@code Duration} (a float) counts {@code TimestampScale}
 * nanoseconds. Clusters with a known size are skipped unread, so only headers are read.
 */
final class MatroskaProbe {

    static final long EBML = 0x1A45DFA3L;
    static final long SEGMENT = 0x18538067L;
    static final long INFO = 0x1549A966L;
    static final long TIMESTAMP_SCALE = 0x2AD7B1L;
    static final long DURATION = 0x4489L;
    // RFC 9559 §5.1.2.1: the default TimestampScale, one millisecond in nanoseconds.
    static final long DEFAULT_TIMESTAMP_SCALE = 1_000_000L;
    // Info comes early in every muxer's output; a bound stops a crafted file from keeping us reading.
    static final int MAX_ELEMENTS = 1024;

    private MatroskaProbe() {
    }

    static VideoFacts probe(SeekableByteChannel channel) throws IOException {
        long fileSize = channel.size();
        Optional<Element> header = Element.read(channel, 0, fileSize);
        if (header.isEmpty() || header.get().id() != EBML) {
            return VideoFacts.UNKNOWN;
        }
        Optional<Element> segment = find(channel, header.get().end(), fileSize, SEGMENT);
        Optional<Element> info = segment.isEmpty() ? Optional.empty()
                : find(channel, segment.get().dataStart(), segment.get().end(), INFO);
        if (info.isEmpty()) {
            return VideoFacts.UNKNOWN;
        }
        return new VideoFacts(duration(channel, info.get()), VideoFacts.Streaming.UNKNOWN);
    }

    private static Optional<Element> find(SeekableByteChannel channel, long start, long end, long id)
            throws IOException {
        long position = start;
        for (int count = 0; count < MAX_ELEMENTS && position < end; count++) {
            Optional<Element> element = Element.read(channel, position, end);
            if (element.isEmpty() || element.get().id() == id) {
                return element;
            }
            if (element.get().sizeUnknown()) {
                // Only a master element streamed live has no size; we cannot step over it.
                return Optional.empty();
            }
            position = element.get().end();
        }
        return Optional.empty();
    }

    private static Optional<Duration> duration(SeekableByteChannel channel, Element info) throws IOException {
        long timestampScale = DEFAULT_TIMESTAMP_SCALE;
        Optional<Double> ticks = Optional.empty();
        long position = info.dataStart();
        for (int count = 0; count < MAX_ELEMENTS && position < info.end(); count++) {
            Optional<Element> element = Element.read(channel, position, info.end());
            if (element.isEmpty() || element.get().sizeUnknown()) {
                break;
            }
            if (element.get().id() == TIMESTAMP_SCALE) {
                timestampScale = unsigned(channel, element.get()).orElse(0L);
            } else if (element.get().id() == DURATION) {
                ticks = floatValue(channel, element.get());
            }
            position = element.get().end();
        }
        return toDuration(ticks, timestampScale);
    }

    static Optional<Duration> toDuration(Optional<Double> ticks, long timestampScale) {
        if (ticks.isEmpty() || timestampScale <= 0) {
            return Optional.empty();
        }
        double nanos = ticks.get() * timestampScale;
        // NaN and infinities fail this test too; a century bounds what a real file can claim.
        if (!(nanos > 0 && nanos < 100.0 * 365 * 24 * 3600 * 1e9)) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofNanos(Math.round(nanos)));
    }

    private static Optional<Long> unsigned(SeekableByteChannel channel, Element element) throws IOException {
        if (element.dataSize() < 1 || element.dataSize() > 8) {
            return Optional.empty();
        }
        Optional<ByteBuffer> data = HeaderBytes.read(channel, element.dataStart(), (int) element.dataSize());
        return data.map(bytes -> {
            long value = 0;
            while (bytes.hasRemaining()) {
                value = (value << 8) | (bytes.get() & 0xFF);
            }
            return value;
        });
    }

    /** RFC 9559 §4.4 / RFC 8794 §7.4: a float element is 4 or 8 bytes, big-endian IEEE 754. */
    private static Optional<Double> floatValue(SeekableByteChannel channel, Element element) throws IOException {
        if (element.dataSize() != 4 && element.dataSize() != 8) {
            return Optional.empty();
        }
        Optional<ByteBuffer> data = HeaderBytes.read(channel, element.dataStart(), (int) element.dataSize());
        return data.map(bytes -> element.dataSize() == 4 ? (double) bytes.getFloat(0) : bytes.getDouble(0));
    }

    /** An EBML element header (RFC 8794 §4): its ID with the length marker kept, and where its data lies. */
    record Element(long id, long dataStart, long dataSize, boolean sizeUnknown, long end) {

        static Optional<Element> read(SeekableByteChannel channel, long position, long limit) throws IOException {
            int available = (int) Math.min(12, limit - position);
            if (available < 2) {
                return Optional.empty();
            }
            Optional<ByteBuffer> header = HeaderBytes.read(channel, position, available);
            if (header.isEmpty()) {
                return Optional.empty();
            }
            ByteBuffer bytes = header.get();
            // §5: Element IDs are 1 to 4 octets long; sizes 1 to 8.
            int idLength = lengthOf(bytes.get(0), 4);
            if (idLength == 0 || idLength >= bytes.remaining()) {
                return Optional.empty();
            }
            int sizeLength = lengthOf(bytes.get(idLength), 8);
            if (sizeLength == 0 || idLength + sizeLength > bytes.remaining()) {
                return Optional.empty();
            }
            long id = 0;
            for (int i = 0; i < idLength; i++) {
                id = (id << 8) | (bytes.get(i) & 0xFF);
            }
            long size = bytes.get(idLength) & (0xFF >> sizeLength);
            for (int i = 1; i < sizeLength; i++) {
                size = (size << 8) | (bytes.get(idLength + i) & 0xFF);
            }
            long dataStart = position + idLength + sizeLength;
            // §6.2: a size with every value bit set is "unknown": the element runs to its parent's end.
            boolean unknown = size == (1L << (7 * sizeLength)) - 1;
            long end = unknown || size > limit - dataStart ? limit : dataStart + size;
            return Optional.of(new Element(id, dataStart, end - dataStart, unknown, end));
        }

        /** The VINT_WIDTH: leading zero bits plus one; 0 when longer than {@code maximum}. */
        private static int lengthOf(byte first, int maximum) {
            int length = Integer.numberOfLeadingZeros(first & 0xFF) - 23;
            return length <= maximum ? length : 0;
        }
    }
}
