package reel.media;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import reel.http.EntityTag;
import reel.http.Representation;

/** A regular, readable file inside the media root, with the facts read when it was found. */
public record MediaFile(Path path, long size, Instant modified, String mediaType) {

    public MediaFile {
        Objects.requireNonNull(path, "path");
        if (size < 0) {
            throw new IllegalArgumentException("negative size " + size);
        }
        Objects.requireNonNull(modified, "modified");
        Objects.requireNonNull(mediaType, "mediaType");
    }

    public Representation representation() {
        return new Representation(size, modified, EntityTag.of(size, modified));
    }

    public String fileName() {
        return path.getFileName().toString();
    }
}
