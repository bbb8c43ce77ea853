package reel.media;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What reel learns about a video from its container's header, without decoding anything: how long
 * it plays, if the container says, and whether a browser can start it before downloading it whole.
 */
public record VideoFacts(Optional<Duration> duration, Streaming streaming) {

    /** Nothing known: not a container reel reads, unreadable, or a header that does not parse. */
    public static final VideoFacts UNKNOWN = new VideoFacts(Optional.empty(), Streaming.UNKNOWN);

    public VideoFacts {
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(streaming, "streaming");
        if (duration.isPresent() && duration.get().isNegative()) {
            throw new IllegalArgumentException("negative duration " + duration.get());
        }
    }

    /** Where an MP4 keeps its index ({@code moov}) relative to its media data ({@code mdat}). */
    public enum Streaming {
        /** {@code moov} first: the player reads the index with its first request and can seek at once. */
        READY,
        /**
         * {@code moov} after {@code mdat}: the player must find the index at the end first, so starting
         * and seeking are slow; {@code ffmpeg -movflags +faststart} fixes the file.
         */
        SLOW_START,
        /** Not an MP4, or no {@code moov} found. */
        UNKNOWN
    }
}
