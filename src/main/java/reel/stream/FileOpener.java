package reel.stream;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import reel.media.MediaFile;

/** Opens a media file for reading; a seam so tests can make the read side fail. */
@FunctionalInterface
public interface FileOpener {

    FileOpener READ = file -> FileChannel.open(file.path(), StandardOpenOption.READ);

    FileChannel open(MediaFile file) throws IOException;
}
