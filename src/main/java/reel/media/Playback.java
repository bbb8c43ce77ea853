package reel.media;

import java.util.List;
import java.util.Objects;

/** What the player page needs: the video, where it is in the library, and its subtitles (the first is the default). */
public record Playback(LibraryPath path, MediaFile file, List<Subtitle> subtitles) {

    public Playback {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(file, "file");
        subtitles = List.copyOf(subtitles);
        if (path.isRoot()) {
            throw new IllegalArgumentException("the root is a folder");
        }
    }

    public String name() {
        return path.name().orElseThrow();
    }

    /** The folder the video is in, for the link back. */
    public LibraryPath folder() {
        return path.parent().orElseThrow();
    }
}
