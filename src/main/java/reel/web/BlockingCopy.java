package reel.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.Optional;
import java.util.logging.Logger;
import reel.media.MediaFile;

/**
 * The same 8 KB copy as {@link AsyncStream}, on the request thread, for the one case where async is
 * not allowed: a filter in front of reel that is not declared async-supported. Slower under load,
 * never wrong.
 */
final class BlockingCopy {

    private static final Logger LOG = Logger.getLogger(BlockingCopy.class.getName());

    private BlockingCopy() {
    }

    static void copy(FileChannel channel, MediaFile file, ResponseBody body, HttpServletResponse response)
            throws IOException {
        BodyCursor cursor = new BodyCursor(body, AsyncStream.BUFFER_SIZE);
        ByteBuffer buffer = ByteBuffer.allocate(AsyncStream.BUFFER_SIZE);
        OutputStream out = response.getOutputStream();
        for (Optional<BodyCursor.Chunk> chunk = cursor.next(); chunk.isPresent(); chunk = cursor.next()) {
            int filled = fill(channel, chunk.get(), buffer);
            if (filled <= 0) {
                readFailed(file, cursor, response);
                return;
            }
            try {
                out.write(buffer.array(), 0, filled);
            } catch (IOException clientGone) {
                LOG.fine(() -> "client gone after " + cursor.written() + " bytes of " + file.fileName());
                return;
            }
            cursor.advance(filled);
        }
    }

    private static int fill(FileChannel channel, BodyCursor.Chunk chunk, ByteBuffer buffer) {
        try {
            return Chunks.fill(chunk, channel, buffer);
        } catch (IOException e) {
            return -1;
        }
    }

    /** As in AsyncStream: 500 before commit, a broken connection after it. */
    private static void readFailed(MediaFile file, BodyCursor cursor, HttpServletResponse response)
            throws IOException {
        LOG.warning(() -> "read failed file=" + file.path() + " after " + cursor.written() + " bytes");
        if (!response.isCommitted()) {
            response.reset();
            response.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
            return;
        }
        throw new IOException("response abandoned after " + cursor.written() + " bytes of " + file.path());
    }
}
