package reel.media;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Reads a folder's entries from the file system. Every entry is stat'ed; an entry whose stamp still
 * matches what an earlier reading knew is taken from it, so only new and changed entries have their
 * place checked (links, hidden folders, permissions) and their header read.
 */
final class FolderReader {

    private static final Logger LOG = Logger.getLogger(FolderReader.class.getName());

    private final Path root;

    /** @param root the library's real root, which every entry's real path must stay inside */
    FolderReader(Path root) {
        this.root = root;
    }

    /** The folders, videos and subtitles in {@code directory} by name; empty when it cannot be listed. */
    Optional<Map<String, FolderEntry>> read(Path directory, Map<String, FolderEntry> known, Instant now) {
        Map<String, FolderEntry> entries = new HashMap<>();
        try (DirectoryStream<Path> children = Files.newDirectoryStream(directory)) {
            for (Path child : children) {
                String name = child.getFileName().toString();
                if (LibraryPath.isPlainName(name)) {
                    Stamp.of(child).flatMap(stamp -> entry(child, name, stamp, known.get(name), now))
                            .ifPresent(entry -> entries.put(name, entry));
                }
            }
        } catch (IOException | DirectoryIteratorException e) {
            LOG.fine(() -> "cannot list " + directory + ": " + e);
            return Optional.empty();
        }
        return Optional.of(entries);
    }

    /** The entry as it is now: {@code known} while its stamp holds; empty when it has gone. */
    Optional<FolderEntry> reread(Path directory, FolderEntry known, Instant now) {
        Path child = directory.resolve(known.name());
        return Stamp.of(child).flatMap(stamp -> entry(child, known.name(), stamp, known, now));
    }

    /**
     * The folders and videos of {@code directory} that the library shows, under the same rules as
     * {@link #read}, but without reading any header or keeping anything; empty when it cannot be listed.
     * {@code place} is where {@code directory} is, as the library's names.
     */
    Optional<FolderScan> scan(LibraryPath path, LibraryPath place, Path directory, Stamp stamp) {
        List<FolderScan.Item> folders = new ArrayList<>();
        List<FolderScan.Item> videos = new ArrayList<>();
        try (DirectoryStream<Path> children = Files.newDirectoryStream(directory)) {
            for (Path child : children) {
                String name = child.getFileName().toString();
                Optional<Stamp> found = LibraryPath.isPlainName(name) ? Stamp.of(child) : Optional.empty();
                Optional<FolderEntry.Kind> kind = found.flatMap(childStamp -> kind(name, childStamp))
                        .filter(shown -> shown == FolderEntry.Kind.FOLDER || shown == FolderEntry.Kind.VIDEO);
                Optional<RealPlace> real = kind.flatMap(shown -> visible(child));
                if (real.isPresent()) {
                    FolderScan.Item item = new FolderScan.Item(name, real.get().path(),
                            real.get().elsewhereThan(child), found.get().size(), found.get().modified());
                    (kind.get() == FolderEntry.Kind.FOLDER ? folders : videos).add(item);
                }
            }
        } catch (IOException | DirectoryIteratorException e) {
            LOG.fine(() -> "cannot list " + directory + ": " + e);
            return Optional.empty();
        }
        return Optional.of(new FolderScan(path, place, directory, stamp.modified(), String.valueOf(stamp.fileKey()),
                folders, videos));
    }

    private Optional<FolderEntry> entry(Path child, String name, Stamp stamp, FolderEntry known, Instant now) {
        if (known != null && known.standsFor(stamp)) {
            return Optional.of(known);
        }
        Optional<FolderEntry.Kind> kind = kind(name, stamp);
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        Optional<RealPlace> real = visible(child);
        if (real.isEmpty()) {
            return Optional.of(new FolderEntry(name, stamp, FolderEntry.Kind.REFUSED, VideoFacts.UNKNOWN, now,
                    Optional.empty()));
        }
        VideoFacts facts = kind.get() == FolderEntry.Kind.VIDEO ? VideoProbe.read(child) : VideoFacts.UNKNOWN;
        return Optional.of(new FolderEntry(name, stamp, kind.get(), facts, now, real.get().elsewhereThan(child)));
    }

    /** Where an entry really is, when that is inside the library, hidden nowhere on the way, and readable. */
    private Optional<RealPlace> visible(Path child) {
        return RealPlace.of(child, root).filter(real -> Files.isReadable(real.path()));
    }

    /** By what it is and its name: notes, pictures and the like are none of the library's business. */
    private static Optional<FolderEntry.Kind> kind(String name, Stamp stamp) {
        if (stamp.isDirectory()) {
            return Optional.of(FolderEntry.Kind.FOLDER);
        }
        if (!stamp.isRegularFile()) {
            return Optional.empty();
        }
        if (MediaTypes.isVideo(name)) {
            return Optional.of(FolderEntry.Kind.VIDEO);
        }
        return Subtitle.hasSubtitleExtension(name) ? Optional.of(FolderEntry.Kind.SUBTITLE) : Optional.empty();
    }
}
