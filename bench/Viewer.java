import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** One client connection of an audience workload: its range request, when it began and got its first byte, its status. */
final class Viewer {
    /** Connections in a row that could not be opened, after which a workload stops opening more. */
    static final int GIVE_UP_AFTER = 10;

    final SocketChannel channel;
    final long started = System.nanoTime();
    long firstByte = -1;
    /** Bytes the workload lets this viewer read before it is paused. */
    long allowance;
    final StatusLine status = new StatusLine();

    private Viewer(SocketChannel channel, long allowance) {
        this.channel = channel;
        this.allowance = allowance;
    }

    /** A connected viewer that asked for {@code range}; empty if the server did not accept within 2 s. */
    static Optional<Viewer> open(Server server, Selector selector, String range, long allowance) throws IOException {
        SocketChannel channel = SocketChannel.open();
        try {
            // A small window, so that reading slowly really slows the server down.
            channel.setOption(StandardSocketOptions.SO_RCVBUF, 64 * 1024);
            channel.socket().connect(new InetSocketAddress("127.0.0.1", server.port()), 2000);
            channel.write(ByteBuffer.wrap(("GET " + server.bigPath() + " HTTP/1.1\r\nHost: 127.0.0.1\r\nRange: "
                    + range + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII)));
            channel.configureBlocking(false);
            Viewer viewer = new Viewer(channel, allowance);
            channel.register(selector, SelectionKey.OP_READ, viewer);
            return Optional.of(viewer);
        } catch (IOException refused) {
            channel.close();
            return Optional.empty();
        }
    }
}
