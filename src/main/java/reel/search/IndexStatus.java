package reel.search;

import java.time.Duration;
import java.util.Objects;

/**
 * How far the index has come: still reading the library for the first time, so that what it finds is
 * only part of it, or ready, from then on kept fresh. Counts are the folders and videos the library shows
 * to the visitor they were counted for (folders per role).
 */
public sealed interface IndexStatus permits IndexStatus.Building, IndexStatus.Ready {

    int folders();

    int videos();

    /** The first reading of the library is under way; what has been read so far. */
    record Building(int folders, int videos) implements IndexStatus {
        public Building {
            requireCounts(folders, videos);
        }
    }

    /** @param took how long the first reading of the whole library took */
    record Ready(int folders, int videos, Duration took) implements IndexStatus {
        public Ready {
            requireCounts(folders, videos);
            Objects.requireNonNull(took, "took");
        }
    }

    private static void requireCounts(int folders, int videos) {
        if (folders < 0 || videos < 0) {
            throw new IllegalArgumentException("negative count: " + folders + " folders, " + videos + " videos");
        }
    }
}
