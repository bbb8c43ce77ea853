package reel.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Logger;
import reel.media.LibraryPath;

/**
 * The indexer's looks at modification times, round robin, each resuming where the last refresh's budget
 * ran out: at folders' own times, which change when an entry comes, goes or is renamed over, and at
 * videos' sizes and times, which change when a file is rewritten in place. A look only reports; the
 * folder is listed again through the library, which applies its rules, except that a video still there
 * gets its new size and time at once.
 */
final class Looks {

    private static final Logger LOG = Logger.getLogger(Looks.class.getName());

    private String folderCursor = "";
    private String videoCursor = "";
    private int videoCursorIndex;

    /** Reports folders whose time or identity changed, or that were listed too soon after a change. */
    void atFolders(LibraryIndex index, Budget budget, Consumer<LibraryPath> changed) {
        for (FolderEntries folder : index.after(folderCursor)) {
            if (!budget.take()) {
                return;
            }
            folderCursor = FolderEntries.key(folder.path());
            if (!folder.settled() || !attributes(folder.directory())
                    .map(FolderEntries.Stamp::of).filter(folder.stamp()::equals).isPresent()) {
                changed.accept(folder.path());
            }
        }
    }

    /** Updates videos rewritten in place; reports the folders of videos that are gone or no longer files. */
    void atVideos(LibraryIndex index, Budget budget, Consumer<LibraryPath> changed) {
        int start = videoCursorIndex;
        for (FolderEntries folder : index.from(videoCursor)) {
            String key = FolderEntries.key(folder.path());
            FolderEntries current = folder;
            int i = key.equals(videoCursor) ? start : 0;
            for (; i < folder.videos().size() && budget.take(); i++) {
                Entry video = folder.videos().get(i);
                Optional<BasicFileAttributes> now = attributes(folder.directory().resolve(video.name()));
                if (now.isEmpty() || !now.get().isRegularFile()) {
                    changed.accept(folder.path());
                } else if (video.differsFrom(now.get())) {
                    current = current.withVideo(i, Entry.video(video.name(), now.get()));
                }
            }
            if (current != folder) {
                index.put(current);
            }
            if (budget.isSpent()) {
                videoCursor = key;
                videoCursorIndex = i;
                return;
            }
        }
    }

    private static Optional<BasicFileAttributes> attributes(Path path) {
        try {
            return Optional.of(Files.readAttributes(path, BasicFileAttributes.class));
        } catch (IOException e) {
            LOG.fine(() -> "cannot read the attributes of " + path + ": " + e);
            return Optional.empty();
        }
    }
}
