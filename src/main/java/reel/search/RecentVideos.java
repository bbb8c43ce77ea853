package reel.search;

import java.util.List;
import java.util.Objects;

/** The newest videos across the library by modification time, newest first, and the index's status. */
public record RecentVideos(IndexStatus status, List<Video> videos) {

    public RecentVideos {
        Objects.requireNonNull(status, "status");
        videos = List.copyOf(videos);
    }
}
