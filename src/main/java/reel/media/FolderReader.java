package reel.media;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
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

    private Optional<FolderEntry> entry(Path child, String name, Stamp stamp, FolderEntry known, Instant now) {
        if (known != null && known.standsFor(stamp)) {
            return Optional.of(known);
        }
        Optional<FolderEntry.Kind> kind = kind(name, stamp);
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        boolean visible = Entries.realPathInside(child, root).filter(Files::isReadable).isPresent();
        if (!visible) {
            return Optional.of(new FolderEntry(name, stamp, FolderEntry.Kind.REFUSED, VideoFacts.UNKNOWN, now));
        }
        VideoFacts facts = kind.get() == FolderEntry.Kind.VIDEO ? VideoProbe.read(child) : VideoFacts.UNKNOWN;
        return Optional.of(new FolderEntry(name, stamp, kind.get(), facts, now));
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
