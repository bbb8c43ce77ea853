package reel.media;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import reel.http.EntityTag;
import reel.http.Representation;

/**
 * A regular, readable file inside the media root, with the facts read when it was found.
 *
 * @param path where it really is, after links
 * @param place the same as the library's names, which folder rules judge: the URL's own path unless a link
 *     on the way leads elsewhere
 * @param name the name the library shows it by: the last segment of its URL, which a link may give a
 *     file named otherwise; a download is saved under it
 */
public record MediaFile(Path path, LibraryPath place, String name, long size, Instant modified, String mediaType) {

    public MediaFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(name, "name");
        if (size < 0) {
            throw new IllegalArgumentException("negative size " + size);
        }
        Objects.requireNonNull(modified, "modified");
        Objects.requireNonNull(mediaType, "mediaType");
    }

    public Representation representation() {
        return new Representation(size, modified, EntityTag.of(size, modified));
    }
}
