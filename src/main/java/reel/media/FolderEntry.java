package reel.media;

import java.time.Instant;
import java.util.Objects;
import reel.http.EntityTag;

/**
 * One entry of a folder as reel last read it: its stamp, what the library makes of it, and for a video
 * what its header says. It stands for the entry while a fresh stamp equals this one and this one was
 * read after its time had settled ({@link Stamp#isSettledAt}).
 */
record FolderEntry(String name, Stamp stamp, Kind kind, VideoFacts facts, Instant readAt) {

    /** What the library makes of an entry; names that are none of these are not kept. */
    enum Kind {
        FOLDER,
        VIDEO,
        SUBTITLE,
        /** A folder, video or subtitle by its name that leads outside the library, to a hidden place, or cannot be read. */
        REFUSED
    }

    FolderEntry {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(stamp, "stamp");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(readAt, "readAt");
    }

    /** Whether this is still what a look that found {@code current} would find, without looking again. */
    boolean standsFor(Stamp current) {
        return stamp.equals(current) && stamp.isSettledAt(readAt);
    }

    boolean is(Kind wanted) {
        return kind == wanted;
    }

    Instant modified() {
        return stamp.modified().toInstant();
    }

    /** The tag the file is served with ({@link MediaFile#representation()}), which versions its links. */
    EntityTag tag() {
        return EntityTag.of(stamp.size(), modified());
    }
}
