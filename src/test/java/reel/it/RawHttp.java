package reel.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * One HTTP/1.1 request over a plain socket, sent byte for byte, for spellings that {@link java.net.URI}
 * and {@link java.net.http.HttpClient} refuse or would normalise (backslashes, raw {@code ..}, a NUL in a
 * header field, a header larger than a server accepts).
 */
final class RawHttp {

    /** The status line and everything after it, as ISO-8859-1 text. */
    record Answer(int status, String text) {
    }

    private RawHttp() {
    }

    static Answer get(int port, String rawTarget) throws IOException {
        return send(port, "GET " + rawTarget + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    }

    /** Sends {@code request}, a whole request head as ISO-8859-1 (NUL and all), and reads until the server closes. */
    static Answer send(int port, String request) throws IOException {
        try (Socket socket = new Socket(ReelServer.LOOPBACK, port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            String text = answer.toString(StandardCharsets.ISO_8859_1);
            return new Answer(Integer.parseInt(text.substring(9, 12)), text);
        }
    }
}
