package reel.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/**
 * One HTTP/1.1 GET on a raw socket, read at the pace the test chooses: a viewer who pauses, one who
 * leaves mid-stream, one who reads until the server ends the connection. Its receive buffer is small,
 * so the server feels a stalled reader soon.
 */
final class SlowClient implements AutoCloseable {

    private static final int RECEIVE_BUFFER = 16 * 1024;

    private final Socket socket;
    private final InputStream in;
    private final int status;
    private final Map<String, String> headers;
    private long bodyBytes;

    private SlowClient(Socket socket, InputStream in, int status, Map<String, String> headers) {
        this.socket = socket;
        this.in = in;
        this.status = status;
        this.headers = headers;
    }

    /** Sends the request and reads the response head; {@code extraHeaders} are whole lines such as "Range: bytes=0-". */
    static SlowClient get(int port, String rawTarget, String... extraHeaders) throws IOException {
        Socket socket = new Socket();
        try {
            socket.setReceiveBufferSize(RECEIVE_BUFFER);
            socket.connect(new InetSocketAddress(ReelServer.LOOPBACK, port), 10_000);
            socket.setSoTimeout(30_000);
            StringBuilder request = new StringBuilder("GET " + rawTarget + " HTTP/1.1\r\nHost: 127.0.0.1\r\n");
            for (String header : extraHeaders) {
                request.append(header).append("\r\n");
            }
            socket.getOutputStream().write(request.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();
            String[] head = readHead(in).split("\r\n");
            Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            for (int i = 1; i < head.length; i++) {
                int colon = head[i].indexOf(':');
                headers.put(head[i].substring(0, colon).trim(), head[i].substring(colon + 1).trim());
            }
            return new SlowClient(socket, in, Integer.parseInt(head[0].split(" ")[1]), headers);
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
    }

    int status() {
        return status;
    }

    long contentLength() {
        return Long.parseLong(headers.get("Content-Length"));
    }

    /** Reads up to {@code count} body bytes; fewer only if the server ended the connection. */
    long read(long count) throws IOException {
        byte[] buffer = new byte[8192];
        long read = 0;
        while (read < count) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, count - read));
            if (n < 0) {
                break;
            }
            read += n;
        }
        bodyBytes += read;
        return read;
    }

    /** Reads up to {@code count} body bytes and returns them; fewer only if the server ended the connection. */
    byte[] readBytes(int count) throws IOException {
        byte[] bytes = in.readNBytes(count);
        bodyBytes += bytes.length;
        return bytes;
    }

    /**
     * Reads until the server ends the connection and returns the body bytes received in all; fails if
     * nothing arrives for {@code idle}, which means the server left the connection open.
     */
    long readToEnd(Duration idle) throws IOException {
        socket.setSoTimeout(Math.toIntExact(idle.toMillis()));
        try {
            read(Long.MAX_VALUE);
        } catch (SocketTimeoutException stuck) {
            throw new AssertionError("the connection stayed open after " + bodyBytes + " body bytes", stuck);
        } catch (IOException reset) {
            // A reset also ends the connection; the bytes counted so far are what arrived.
        }
        return bodyBytes;
    }

    long bodyBytes() {
        return bodyBytes;
    }

    /** Leaves abruptly: a reset, as a browser tab that is closed mid-download often does. */
    void abort() throws IOException {
        socket.setSoLinger(true, 0);
        socket.close();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    /** For cleaning up many clients in a finally block, where one failure must not keep the rest open. */
    void closeQuietly() {
        try {
            socket.close();
        } catch (IOException e) {
            // Closing a socket the peer already reset; nothing is left to release.
        }
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        byte[] end = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        while (matched < end.length) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("connection closed in the response head: " + head.toString(StandardCharsets.US_ASCII));
            }
            head.write(b);
            matched = b == end[matched] ? matched + 1 : (b == end[0] ? 1 : 0);
        }
        return head.toString(StandardCharsets.US_ASCII).strip();
    }
}
