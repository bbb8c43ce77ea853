package reel.stream;

import java.util.logging.Level;
import java.util.logging.Logger;
import reel.media.MediaFile;

/** Why a stream ended; each has its own log level, because each means something different to ops. */
enum StreamEnding {

    /** Every byte went out. */
    COMPLETED(Level.FINER, "sent %d bytes of %s"),
    /** A viewer who seeks or closes the tab abandons the response: normal for video, not a fault. */
    CLIENT_GONE(Level.FINE, "client gone after %d bytes of %s"),
    /** Logged where it happens, with the reason, at WARNING. */
    READ_FAILED(Level.FINEST, "read failed after %d bytes of %s"),
    TIMED_OUT(Level.INFO, "the async timeout ended the stream after %d bytes of %s; its connection is closed"),
    /** reel was stopped or undeployed while the stream ran. */
    SHUT_DOWN(Level.FINE, "reel stopped: closed the stream after %d bytes of %s");

    private final Level level;
    private final String message;

    StreamEnding(Level level, String message) {
        this.level = level;
        this.message = message;
    }

    void log(Logger log, MediaFile file, long bytes, Throwable cause) {
        if (log.isLoggable(level)) {
            String line = String.format(message, bytes, file.name());
            log.log(level, cause == null ? line : line + ": " + cause);
        }
    }
}
