package reel.http;

import java.time.Instant;
import java.util.Objects;

/**
 * What the protocol decisions need to know of the selected representation: its complete length,
 * when it last changed and its entity tag. Nothing here knows about files.
 */
public record Representation(long length, Instant lastModified, EntityTag etag) {

    public Representation {
        if (length < 0) {
            throw new IllegalArgumentException("negative length " + length);
        }
        Objects.requireNonNull(lastModified, "lastModified");
        Objects.requireNonNull(etag, "etag");
    }

    /** §8.8.2: Last-Modified has a resolution of one second; comparisons use this. */
    public Instant lastModifiedSecond() {
        return Instant.ofEpochSecond(lastModified.getEpochSecond());
    }
}
