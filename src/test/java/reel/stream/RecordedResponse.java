package reel.stream;

import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.io.output.BrokenOutputStream;

/**
 * A Mockito {@link HttpServletResponse} that records what a servlet did to it: status, headers,
 * body bytes, sendError. The body stream can be told to fail after N bytes, as a client that
 * disconnects does, and the response counts as committed once {@code commitAfter} bytes are written.
 * In non-blocking mode it keeps the {@link WriteListener} and, like a slow client's socket, says it is
 * not ready after {@code writesPerEvent} writes until {@link #clientReads()} is called. Like Tomcat, it
 * holds written bytes in an 8 KB container buffer until a flush, and is not ready either once a write
 * overflows that buffer, until the next write event has sent what the overflow pushed out.
 */
public final class RecordedResponse {

    /** Tomcat's default response buffer. */
    public static final int CONTAINER_BUFFER = 8 * 1024;
    /** Where writes go once the client has left: each fails as a write to a closed connection does. */
    private static final OutputStream CLIENT_GONE = new BrokenOutputStream(() -> new IOException("Broken pipe"));

    public final HttpServletResponse mock = mock(HttpServletResponse.class);
    public final Map<String, String> headers = new LinkedHashMap<>();
    public final ByteArrayOutputStream body = new ByteArrayOutputStream();
    public int status = 200;
    public int largestWrite;
    public int writes;
    public int flushes;
    public Optional<Integer> error = Optional.empty();
    private long failAfter = Long.MAX_VALUE;
    private long commitAfter = 8 * 1024;
    private int writesPerEvent = Integer.MAX_VALUE;
    private int writesLeft = Integer.MAX_VALUE;
    /** Bytes in the container's response buffer, not yet flushed. */
    private int buffered;
    /** A write overflowed the response buffer: its old content waits in the socket buffer for a write event. */
    private boolean pushedOut;
    public WriteListener listener;
    private final Stream stream = new Stream();

    public RecordedResponse() {
        try {
            stub();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    public RecordedResponse failingAfter(long bytes) {
        failAfter = bytes;
        return this;
    }

    public RecordedResponse committingAfter(long bytes) {
        commitAfter = bytes;
        return this;
    }

    /** Like a client that reads slowly: the stream takes this many writes per write event. */
    public RecordedResponse writingPerEvent(int writes) {
        writesPerEvent = writes;
        writesLeft = writes;
        return this;
    }

    /** The client took what was sent: the stream is ready for {@code writesPerEvent} more writes. */
    public void clientReads() {
        writesLeft = writesPerEvent;
        pushedOut = false;
    }

    /** What the response's stream answers isReady() now. */
    public boolean isReady() {
        return stream.isReady();
    }

    public String header(String name) {
        return headers.get(name);
    }

    private void stub() throws IOException {
        doAnswer(call -> status = call.getArgument(0)).when(mock).setStatus(anyInt());
        doAnswer(call -> headers.put(call.getArgument(0), call.getArgument(1)))
                .when(mock).setHeader(anyString(), anyString());
        doAnswer(call -> headers.put("Content-Type", call.getArgument(0))).when(mock).setContentType(anyString());
        doAnswer(call -> headers.put("Content-Length", String.valueOf((long) call.getArgument(0))))
                .when(mock).setContentLengthLong(anyLong());
        doAnswer(call -> headers.put("Content-Length", String.valueOf((int) call.getArgument(0))))
                .when(mock).setContentLength(anyInt());
        doAnswer(call -> error = Optional.of(call.getArgument(0))).when(mock).sendError(anyInt());
        // HttpServlet's own refusals (405 for a method a servlet does not implement) come with a message.
        doAnswer(call -> error = Optional.of(call.getArgument(0))).when(mock).sendError(anyInt(), anyString());
        doAnswer(call -> {
            headers.clear();
            body.reset();
            status = 200;
            return null;
        }).when(mock).reset();
        when(mock.isCommitted()).thenAnswer(call -> body.size() >= commitAfter);
        when(mock.getStatus()).thenAnswer(call -> error.orElse(status));
        when(mock.getOutputStream()).thenReturn(stream);
    }

    /** The body stream: records bytes and fails like a disconnected client once past failAfter. */
    private final class Stream extends ServletOutputStream {
        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            if (body.size() + length > failAfter) {
                CLIENT_GONE.write(bytes, offset, length);
            }
            if (listener != null && !isReady()) {
                throw new IllegalStateException("write while not ready");
            }
            body.write(bytes, offset, length);
            writes++;
            if (buffered + length > CONTAINER_BUFFER) {
                pushedOut = true;
                buffered = 0;
            }
            buffered += length;
            largestWrite = Math.max(largestWrite, length);
            if (listener != null) {
                writesLeft--;
            }
        }

        /** As Tomcat's: in non-blocking mode a flush, like a write, is only allowed after isReady() said true. */
        @Override
        public void flush() {
            if (listener != null && !isReady()) {
                throw new IllegalStateException("flush while not ready");
            }
            flushes++;
            buffered = 0;
        }

        @Override
        public boolean isReady() {
            return writesLeft > 0 && !pushedOut;
        }

        @Override
        public void setWriteListener(WriteListener writeListener) {
            if (listener != null) {
                throw new IllegalStateException("a second WriteListener");
            }
            listener = writeListener;
        }
    }
}
