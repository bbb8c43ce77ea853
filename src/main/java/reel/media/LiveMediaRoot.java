package reel.media;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * The media root as it is now. A folder that was there at startup can be unmounted, moved or lose its
 * permissions while reel runs; every request asks, so such a folder is answered as unavailable (503) at
 * once, never as a missing file (a 404 a cache could keep), and served again as soon as it is back. The
 * change is logged once each way: a WARNING when the folder goes, an INFO when it comes back.
 */
public final class LiveMediaRoot {

    private static final Logger LOG = Logger.getLogger(LiveMediaRoot.class.getName());

    private final MediaRoot atStartup;
    private final Function<Path, Optional<String>> problemWith;
    private final AtomicBoolean gone = new AtomicBoolean();

    /** Checks the folder with two cheap system calls per request: its attributes and its permissions. */
    public LiveMediaRoot(MediaRoot atStartup) {
        this(atStartup, LiveMediaRoot::problemWith);
    }

    LiveMediaRoot(MediaRoot atStartup, Function<Path, Optional<String>> problemWith) {
        this.atStartup = atStartup;
        this.problemWith = problemWith;
    }

    /** The library when its folder can be used now; otherwise why not, in words for the page and the log. */
    public MediaRoot now() {
        if (!(atStartup instanceof MediaRoot.Available available)) {
            return atStartup;
        }
        Path folder = available.library().root();
        Optional<String> problem = problemWith.apply(folder);
        if (problem.isEmpty()) {
            if (gone.compareAndSet(true, false)) {
                LOG.info(() -> "reel media folder " + folder + " is available again; reel serves it");
            }
            return available;
        }
        MediaRoot.Unavailable unavailable = new MediaRoot.Unavailable("reel cannot show videos: the media folder "
                + folder + " (from " + available.source() + ") " + problem.get() + ". It was there when reel started;"
                + " reel serves it again as soon as it is back.", Optional.of(folder));
        if (gone.compareAndSet(false, true)) {
            LOG.warning(unavailable.message());
        }
        return unavailable;
    }

    /**
     * Unlike the check at startup this does not list the folder: it runs on every request. An unmounted
     * folder whose mount point stays behind looks like an empty folder, which this cannot tell apart.
     */
    static Optional<String> problemWith(Path folder) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(folder, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return Optional.of("does not exist any more");
        } catch (IOException e) {
            return Optional.of("cannot be read");
        }
        if (!attributes.isDirectory()) {
            return Optional.of("is not a folder any more");
        }
        if (!Files.isReadable(folder) || !Files.isExecutable(folder)) {
            return Optional.of("cannot be read");
        }
        return Optional.empty();
    }
}
