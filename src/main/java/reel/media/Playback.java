package reel.media;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the player page needs: the video, where it is in the library, its subtitles (the first is the
 * default), what its header says, and the videos before and after it in its folder's order.
 */
public record Playback(LibraryPath path, MediaFile file, List<Subtitle> subtitles, VideoFacts facts,
                       Optional<LibraryPath> previous, Optional<LibraryPath> next) {

    /** A video alone: no header read, no neighbours. */
    public Playback(LibraryPath path, MediaFile file, List<Subtitle> subtitles) {
        this(path, file, subtitles, VideoFacts.UNKNOWN, Optional.empty(), Optional.empty());
    }

    public Playback {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(file, "file");
        subtitles = List.copyOf(subtitles);
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(next, "next");
        if (path.isRoot()) {
            throw new IllegalArgumentException("the root is a folder");
        }
    }

    /** The same video without its neighbours: for someone who may follow no link but to this video's own files. */
    public Playback alone() {
        return new Playback(path, file, subtitles, facts, Optional.empty(), Optional.empty());
    }

    public String name() {
        return path.name().orElseThrow();
    }

    /** The folder the video is in, for the link back. */
    public LibraryPath folder() {
        return path.parent().orElseThrow();
    }
}
