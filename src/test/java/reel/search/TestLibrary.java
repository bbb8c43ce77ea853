package reel.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import reel.media.MediaLibrary;

/**
 * A media folder built by a test, and an index of it that the test refreshes by hand. Times are set
 * explicitly: a file system's clock ticks coarsely (ext4's every few milliseconds), so two changes in a
 * row could otherwise share a time and make a test depend on speed.
 */
final class TestLibrary {

    /** When every file and folder was last changed, unless a test changes it. */
    static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");

    private final Path root;
    private final LibraryIndex index = new LibraryIndex();
    private Clock clock = Clock.fixed(T0.plus(Duration.ofDays(30)), ZoneOffset.UTC);
    private int budget = Indexer.CALLS_PER_REFRESH;
    private Indexer indexer;

    TestLibrary(Path root) {
        this.root = root;
    }

    /** A file of {@code size} bytes at a path relative to the root, its folders made as needed. */
    TestLibrary file(String path, int size) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.write(file, new byte[size]);
        return this;
    }

    TestLibrary video(String path) throws IOException {
        return file(path, 10);
    }

    Path path(String relative) {
        return root.resolve(relative);
    }

    /** Sets the time of one file or folder; "" is the root. */
    TestLibrary time(String path, Instant time) throws IOException {
        Files.setLastModifiedTime(root.resolve(path), FileTime.from(time));
        return this;
    }

    /** Gives every file and folder the time {@link #T0}, links excepted (their targets get it). */
    TestLibrary settle() throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            for (Path path : all.filter(path -> !Files.isSymbolicLink(path)).toList()) {
                Files.setLastModifiedTime(path, FileTime.from(T0));
            }
        }
        return this;
    }

    /** A folder's entries changed {@code seconds} after {@link #T0}, as its new time says. */
    TestLibrary changed(String folder, int seconds) throws IOException {
        return time(folder, T0.plusSeconds(seconds));
    }

    TestLibrary clock(Instant now) {
        clock = Clock.fixed(now, ZoneOffset.UTC);
        return this;
    }

    TestLibrary budget(int calls) {
        budget = calls;
        return this;
    }

    LibraryIndex build() {
        indexer = new Indexer(new MediaLibrary(root), index, clock, budget);
        indexer.build();
        return index;
    }

    LibraryIndex refresh() {
        indexer.refresh();
        return index;
    }

    LibraryIndex index() {
        return index;
    }

    /** The library paths of the videos a search finds, best first. */
    List<String> videos(String query) {
        return index.search(Query.parse(Optional.of(query))).videos().shown().stream()
                .map(video -> video.path().toString()).toList();
    }

    List<String> folders(String query) {
        return index.search(Query.parse(Optional.of(query))).folders().shown().stream()
                .map(Object::toString).toList();
    }
}
