package reel.media;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import reel.http.EntityTag;

/**
 * One entry of a folder as reel last read it: its stamp, what the library makes of it, and for a video
 * what its header says. It stands for the entry while a fresh stamp equals this one and this one was
 * read after its time had settled ({@link Stamp#isSettledAt}).
 *
 * @param elsewhere where a link leads, as the library's names, when that is not beside it in its folder's real
 *     place; empty for the rest, which is nearly everything, so a kept entry costs one shared empty value
 */
record FolderEntry(String name, Stamp stamp, Kind kind, VideoFacts facts, Instant readAt,
        Optional<LibraryPath> elsewhere) {

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
        Objects.requireNonNull(elsewhere, "elsewhere");
    }

    /** Where it really is, as the library's names, in a folder whose real place is {@code folder}. */
    LibraryPath place(LibraryPath folder) {
        return elsewhere.orElseGet(() -> folder.child(name));
    }

    /**
     * Whether, in a folder whose real place is {@code folder}, this really lies in the same folder as
     * {@code file}, a real place: beside it, or a link that leads beside it.
     */
    boolean isBeside(LibraryPath folder, LibraryPath file) {
        return place(folder).parent().equals(file.parent());
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
