package reel.media;

import java.util.List;
import java.util.Objects;
import reel.http.EntityTag;

/**
 * What a folder of the library shows: its sub-folders, then its videos, each list in
 * {@link NaturalOrder}. Hidden entries, unreadable entries, files that are not videos and links that
 * lead outside the library are not here.
 */
public record Folder(LibraryPath path, List<Subfolder> folders, List<VideoFile> videos) {

    public Folder {
        Objects.requireNonNull(path, "path");
        folders = List.copyOf(folders);
        videos = List.copyOf(videos);
    }

    public boolean isEmpty() {
        return folders.isEmpty() && videos.isEmpty();
    }

    /** A folder inside this one. */
    public record Subfolder(LibraryPath path) {

        public Subfolder {
            if (path.isRoot()) {
                throw new IllegalArgumentException("the root is nobody's sub-folder");
            }
        }

        public String name() {
            return path.name().orElseThrow();
        }
    }

    /**
     * A video inside this one, with its size in bytes, its media type, what its header says, and the
     * tag it is served with, which versions its links.
     */
    public record VideoFile(LibraryPath path, long size, String mediaType, VideoFacts facts, EntityTag tag) {

        public VideoFile {
            if (path.isRoot()) {
                throw new IllegalArgumentException("the root is a folder");
            }
            if (size < 0) {
                throw new IllegalArgumentException("negative size " + size);
            }
            Objects.requireNonNull(mediaType, "mediaType");
            Objects.requireNonNull(facts, "facts");
            Objects.requireNonNull(tag, "tag");
        }

        public String name() {
            return path.name().orElseThrow();
        }
    }
}
