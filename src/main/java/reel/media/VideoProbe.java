package reel.media;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.logging.Logger;

/**
 * The {@link VideoFacts} of a file, read from its container header by extension. {@link FolderListings}
 * keeps them with each entry while its size and modification time stay the same.
 */
final class VideoProbe {

    private static final Logger LOG = Logger.getLogger(VideoProbe.class.getName());

    private VideoProbe() {
    }

    /** The facts of {@code file}; {@link VideoFacts#UNKNOWN} when the format is not one reel reads or reading fails. */
    static VideoFacts read(Path file) {
        String extension = new FileName(String.valueOf(file.getFileName())).lowerCaseExtension();
        try (SeekableByteChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return switch (extension) {
                case "mp4", "m4v", "mov" -> Mp4Probe.probe(channel);
                case "webm", "mkv" -> MatroskaProbe.probe(channel);
                default -> VideoFacts.UNKNOWN;
            };
        } catch (IOException | ArithmeticException e) {
            LOG.fine(() -> "cannot read the header of " + file + ": " + e);
            return VideoFacts.UNKNOWN;
        }
    }
}
