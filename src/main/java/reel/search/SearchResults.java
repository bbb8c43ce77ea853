package reel.search;

import java.util.Objects;
import reel.media.LibraryPath;

/**
 * What a search found: folders and videos whose names hold every word of the query, each kind ranked
 * best first and capped, and the index's status, which says whether these are all there are.
 */
public record SearchResults(Query query, IndexStatus status, Found<LibraryPath> folders, Found<Video> videos) {

    public SearchResults {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(folders, "folders");
        Objects.requireNonNull(videos, "videos");
    }

    /** The index has read the whole library, so nothing that matches is missing. */
    public boolean isComplete() {
        return status instanceof IndexStatus.Ready;
    }
}
