package reel.stream;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.NoSuchFileException;
import java.nio.file.StandardOpenOption;
import reel.media.MediaFile;

/** Opens a media file for reading; a seam so tests can make the read side fail. */
@FunctionalInterface
public interface FileOpener {

    FileOpener READ = file -> FileChannel.open(file.path(), StandardOpenOption.READ);

    FileChannel open(MediaFile file) throws IOException;

    /** What trying to open a file gave: the open channel, or why there is none. */
    sealed interface Opening permits Opened, Gone, Unreadable {
    }

    /** Open; whoever holds this closes the channel. */
    record Opened(FileChannel channel) implements Opening {
    }

    /** Removed since the library found it: as if it never existed (404). */
    record Gone() implements Opening {
    }

    /** There, but not readable (permissions, a disk fault): a server fault (500). */
    record Unreadable(IOException cause) implements Opening {
    }

    /** Opens {@code file} and says how that went, without throwing. */
    default Opening attempt(MediaFile file) {
        try {
            return new Opened(open(file));
        } catch (NoSuchFileException gone) {
            return new Gone();
        } catch (IOException e) {
            return new Unreadable(e);
        }
    }
}
