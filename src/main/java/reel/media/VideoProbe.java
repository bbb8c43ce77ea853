package reel.media;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * The {@link VideoFacts} of a file, read from its container header by extension and remembered
 * while its size and modification time stay the same, so a listing opens each file once.
 */
final class VideoProbe {

    private static final Logger LOG = Logger.getLogger(VideoProbe.class.getName());
    // Facts are a few dozen bytes each; past this many files, start over rather than grow without end.
    static final int MAX_CACHED = 10_000;

    private record Cached(long size, Instant modified, VideoFacts facts) {
    }

    private final Map<Path, Cached> cache = new ConcurrentHashMap<>();

    /** The facts of {@code file}; {@link VideoFacts#UNKNOWN} when the format is not one reel reads or reading fails. */
    VideoFacts facts(Path file, long size, Instant modified) {
        Cached cached = cache.get(file);
        if (cached != null && cached.size() == size && cached.modified().equals(modified)) {
            return cached.facts();
        }
        VideoFacts facts = read(file);
        if (cache.size() >= MAX_CACHED) {
            cache.clear();
        }
        cache.put(file, new Cached(size, modified, facts));
        return facts;
    }

    static VideoFacts read(Path file) {
        String extension = new FileName(String.valueOf(file.getFileName())).lowerCaseExtension();
        try (SeekableByteChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return switch (extension) {
                case "mp4", "m4v", "mov" -> Mp4Probe.probe(channel);
                case "webm", "mkv" -> MatroskaProbe.probe(channel);
                default -> VideoFacts.UNKNOWN;
            };
        } catch (IOException | ArithmeticException e) {
            LOG.fine(() -> "cannot read the header of " + file + ": " + e);
            return VideoFacts.UNKNOWN;
        }
    }
}
