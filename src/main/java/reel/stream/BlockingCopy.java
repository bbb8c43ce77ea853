package reel.stream;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
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

    static void copy(FileChannel channel, MediaFile file, ResponseBody body, ServletRequest request,
            HttpServletResponse response) throws IOException {
        BodyCopy copy = new BodyCopy(channel, body, FileVersion.of(channel, file));
        OutputStream out = response.getOutputStream();
        for (BodyCopy.Step step = copy.next(); !(step instanceof BodyCopy.Finished); step = copy.next()) {
            if (!(step instanceof BodyCopy.Filled filled)) {
                ReadFailures.mark(request);
                readFailed(file, copy, step, response);
                return;
            }
            try {
                out.write(copy.bytes(), 0, filled.length());
            } catch (IOException clientGone) {
                LOG.fine(() -> "client gone after " + copy.written() + " bytes of " + file.name());
                return;
            }
            copy.advance(filled.length());
        }
    }

    /** As in AsyncStream: 500 before commit, a broken connection after it. */
    private static void readFailed(MediaFile file, BodyCopy copy, BodyCopy.Step failed, HttpServletResponse response)
            throws IOException {
        LOG.warning(() -> "read failed file=" + file.path() + " after " + copy.written() + " bytes: "
                + BodyCopy.reason(failed));
        if (BodyCopy.FailureAnswer.whenCommitted(response.isCommitted()) == BodyCopy.FailureAnswer.SERVER_ERROR) {
            response.reset();
            response.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
            return;
        }
        throw copy.abandoned(file);
    }
}
