package reel.stream;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The streams of one deployment that are still running, so that undeploying reel closes their files
 * at once instead of leaving them to the clients' pace. Lock-free: streams come and go on many threads.
 */
final class OpenStreams {

    private final Set<AsyncStream> streams = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    void add(AsyncStream stream) {
        streams.add(stream);
        // A stream that started while closeAll ran must not outlive it.
        if (closed) {
            stream.shutDown();
        }
    }

    void remove(AsyncStream stream) {
        streams.remove(stream);
    }

    /** How many run now: the turn size depends on it. */
    int count() {
        return streams.size();
    }

    /** Ends every stream; each removes itself as it ends. Later streams are ended as they start. */
    void closeAll() {
        closed = true;
        streams.forEach(AsyncStream::shutDown);
    }
}
