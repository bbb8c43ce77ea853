package reel.web;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import reel.stream.Sendfile;

/**
 * A response that counts the body bytes its output stream accepts and notices when a write fails,
 * which for a video means the client went away. Blocking and non-blocking ({@link WriteListener})
 * writers both work: every call is passed on unchanged.
 */
final class MeteredResponse extends HttpServletResponseWrapper implements Sendfile.Transparent {

    private final LongAdder bytes = new LongAdder();
    private final AtomicBoolean writeFailed = new AtomicBoolean();
    private ServletOutputStream counting;
    private volatile int status;

    MeteredResponse(HttpServletResponse response) {
        super(response);
    }

    /**
     * The status reel answered with. Not {@link #getStatus()}: when the async timeout ends a stream,
     * Tomcat sets 500 on the response it already sent as a 200 or 206, and the count would say 500.
     */
    int answeredStatus() {
        return status != 0 ? status : getStatus();
    }

    @Override
    public void setStatus(int sc) {
        status = sc;
        super.setStatus(sc);
    }

    @Override
    public void sendError(int sc) throws IOException {
        status = sc;
        super.sendError(sc);
    }

    @Override
    public void sendError(int sc, String msg) throws IOException {
        status = sc;
        super.sendError(sc, msg);
    }

    @Override
    public void reset() {
        status = 0;
        super.reset();
    }

    long bytes() {
        return bytes.sum();
    }

    boolean writeFailed() {
        return writeFailed.get();
    }

    void noteWriteFailed() {
        writeFailed.set(true);
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        if (counting == null) {
            counting = new CountingStream(super.getOutputStream());
        }
        return counting;
    }

    @Override
    public void flushBuffer() throws IOException {
        try {
            super.flushBuffer();
        } catch (IOException e) {
            noteWriteFailed();
            throw e;
        }
    }

    private final class CountingStream extends ServletOutputStream {

        private final ServletOutputStream out;

        CountingStream(ServletOutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] buffer, int offset, int length) throws IOException {
            try {
                out.write(buffer, offset, length);
            } catch (IOException e) {
                noteWriteFailed();
                throw e;
            }
            bytes.add(length);
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                noteWriteFailed();
                throw e;
            }
        }

        @Override
        public void close() throws IOException {
            try {
                out.close();
            } catch (IOException e) {
                noteWriteFailed();
                throw e;
            }
        }

        @Override
        public boolean isReady() {
            return out.isReady();
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            out.setWriteListener(listener);
        }
    }
}
