package reel.stream;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.channels.FileChannel;
import java.util.Optional;
import java.util.function.Consumer;
import reel.media.MediaFile;

/**
 * What one stream is to do: copy {@code body} from the open {@code channel} of {@code file} to the
 * {@code response} of {@code async}, paced by {@code pacing} if capped, in {@code turns} among the other
 * streams; {@code whenStarted} hears of it before its first write, {@code whenEnded} once, however it ends.
 */
record StreamJob(AsyncContext async, HttpServletResponse response, FileChannel channel, MediaFile file,
        ResponseBody body, Optional<Pacing> pacing, FairTurns turns, Consumer<AsyncStream> whenStarted,
        Consumer<AsyncStream> whenEnded) {
}
