package reel.search;

import java.time.Instant;
import java.util.Objects;
import reel.http.EntityTag;
import reel.media.LibraryPath;

/** A video the index holds: where it is in the library, and its size and modification time when last looked at. */
public record Video(LibraryPath path, long size, Instant modified) {

    public Video {
        if (path.isRoot()) {
            throw new IllegalArgumentException("the root is a folder");
        }
        if (size < 0) {
            throw new IllegalArgumentException("negative size " + size);
        }
        Objects.requireNonNull(modified, "modified");
    }

    public String name() {
        return path.name().orElseThrow();
    }

    public LibraryPath folder() {
        return path.parent().orElseThrow();
    }

    /** The tag the file is served with while it stays as the index last saw it, for versioned links. */
    public EntityTag tag() {
        return EntityTag.of(size, modified);
    }
}
