package reel.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.NoSuchFileException;
import java.nio.file.StandardOpenOption;
import java.util.logging.Level;
import java.util.logging.Logger;
import reel.http.ByteRange;
import reel.http.HttpDate;
import reel.http.Reply;
import reel.media.MediaFile;

/**
 * Writes a decided {@link Reply} for a media file: status, headers and, unless the request was HEAD,
 * the bytes, copied through one 8 KB buffer so a file is never held in memory.
 */
final class BodyWriter {

    static final int BUFFER_SIZE = 8 * 1024;

    private static final Logger LOG = Logger.getLogger(BodyWriter.class.getName());

    /** Opens a file for reading; a seam so tests can make the read side fail. */
    @FunctionalInterface
    interface FileOpener {
        FileChannel open(MediaFile file) throws IOException;
    }

    /** How a copy ended: the two failure sides are told apart because they mean different things. */
    enum CopyOutcome { DONE, CLIENT_GONE, READ_FAILED }

    private final FileOpener opener;

    BodyWriter() {
        this(file -> FileChannel.open(file.path(), StandardOpenOption.READ));
    }

    BodyWriter(FileOpener opener) {
        this.opener = opener;
    }

    void write(Reply reply, MediaFile file, HttpServletResponse response, boolean isHead) throws IOException {
        if (reply instanceof Reply.Full) {
            writeEntity(reply, ResponseBody.whole(file), file, response, isHead);
        } else if (reply instanceof Reply.Partial partial) {
            writeEntity(reply, ResponseBody.partial(partial, file), file, response, isHead);
        } else if (reply instanceof Reply.Multipart multipart) {
            writeEntity(reply, ResponseBody.multipart(multipart, file), file, response, isHead);
        } else if (reply instanceof Reply.NotModified) {
            // §15.4.5: a 304 repeats the ETag; other representation metadata is left out.
            response.setStatus(reply.status());
            response.setHeader("ETag", file.representation().etag().toString());
        } else if (reply instanceof Reply.PreconditionFailed) {
            response.setStatus(reply.status());
            response.setContentLength(0);
        } else if (reply instanceof Reply.RangeNotSatisfiable unsatisfiable) {
            response.setStatus(reply.status());
            response.setHeader("Content-Range", unsatisfiable.contentRange());
            response.setContentLength(0);
        } else {
            throw new AssertionError(reply);
        }
    }

    private void writeEntity(Reply reply, ResponseBody body, MediaFile file, HttpServletResponse response,
            boolean isHead) throws IOException {
        if (isHead) {
            // §9.3.2: HEAD gets the same header fields as GET, and no content.
            writeHeaders(reply, body, file, response);
            return;
        }
        FileChannel channel;
        try {
            channel = opener.open(file);
        } catch (NoSuchFileException gone) {
            LOG.fine(() -> "vanished before it could be opened: " + file.path());
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot open " + file.path() + ": " + e);
            response.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
            return;
        }
        try (channel) {
            writeHeaders(reply, body, file, response);
            CopyOutcome outcome = copy(channel, body, file, response);
            if (outcome == CopyOutcome.READ_FAILED) {
                answerReadFailure(file, response);
            }
        }
    }

    /**
     * Before commit the client can still be told 500. After it, the only honest signal is a broken
     * connection: returning normally would leave the client waiting for bytes promised by
     * Content-Length, so the exception makes the container close the connection.
     */
    private static void answerReadFailure(MediaFile file, HttpServletResponse response) throws IOException {
        if (!response.isCommitted()) {
            response.reset();
            response.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
            return;
        }
        throw new IOException("response abandoned after a read failure of " + file.path());
    }

    private static void writeHeaders(Reply reply, ResponseBody body, MediaFile file, HttpServletResponse response) {
        response.setStatus(reply.status());
        writeValidators(file, response);
        response.setContentType(body.contentType());
        response.setContentLengthLong(body.contentLength());
        body.contentRange().ifPresent(value -> response.setHeader("Content-Range", value));
    }

    private static void writeValidators(MediaFile file, HttpServletResponse response) {
        response.setHeader("Accept-Ranges", "bytes");
        response.setHeader("ETag", file.representation().etag().toString());
        response.setHeader("Last-Modified", HttpDate.format(file.modified()));
    }

    /** Writes every segment; stops at the first failure and says which side failed. */
    CopyOutcome copy(FileChannel channel, ResponseBody body, MediaFile file, HttpServletResponse response) {
        ByteBuffer buffer = ByteBuffer.allocate(BUFFER_SIZE);
        try {
            OutputStream out = response.getOutputStream();
            for (ResponseBody.Segment segment : body.segments()) {
                CopyOutcome outcome = segment instanceof ResponseBody.FileRegion region
                        ? copyRange(channel, region.range(), buffer, out, file)
                        : writeBytes(((ResponseBody.Bytes) segment).bytes(), out, file);
                if (outcome != CopyOutcome.DONE) {
                    return outcome;
                }
            }
            out.flush();
            return CopyOutcome.DONE;
        } catch (IOException clientGone) {
            return clientGone(file, "end", clientGone);
        }
    }

    private static CopyOutcome writeBytes(byte[] bytes, OutputStream out, MediaFile file) {
        try {
            out.write(bytes);
            return CopyOutcome.DONE;
        } catch (IOException e) {
            return clientGone(file, "multipart framing", e);
        }
    }

    private static CopyOutcome copyRange(FileChannel channel, ByteRange range, ByteBuffer buffer, OutputStream out,
            MediaFile file) {
        long position = range.first();
        long end = range.last() + 1;
        while (position < end) {
            buffer.clear().limit((int) Math.min(BUFFER_SIZE, end - position));
            int read;
            try {
                read = channel.read(buffer, position);
            } catch (IOException e) {
                return readFailed(file, range, position, e.toString());
            }
            if (read < 0) {
                return readFailed(file, range, position, "file shorter than when the reply was decided");
            }
            try {
                out.write(buffer.array(), 0, read);
            } catch (IOException e) {
                return clientGone(file, range.toString(), e);
            }
            position += read;
        }
        return CopyOutcome.DONE;
    }

    private static CopyOutcome readFailed(MediaFile file, ByteRange range, long position, String reason) {
        LOG.warning(() -> "read failed file=" + file.path() + " range=" + range + " at=" + position + ": " + reason);
        return CopyOutcome.READ_FAILED;
    }

    /** A viewer who seeks or closes the tab abandons the response: normal for video, not a fault. */
    private static CopyOutcome clientGone(MediaFile file, String where, IOException e) {
        LOG.fine(() -> "client gone file=" + file.fileName() + " range=" + where + ": " + e);
        return CopyOutcome.CLIENT_GONE;
    }
}
