import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** One server configuration under test: where it listens, the URL path of the big file, its processes. */
interface Server {
    String name();

    void start() throws Exception;

    void stop() throws Exception;

    int port();

    String bigPath();

    /** The server's main process; for a JVM, the one jstat and jcmd read. */
    long pid();

    /**
     * The processes whose CPU, threads, memory and descriptors are measured, each with its children
     * (nginx's workers): the main process, or all of a server made of several.
     */
    default List<Long> processes() {
        return List.of(pid());
    }

    /** The JVM's -Xmx, or empty when it runs with the JVM's default. */
    default Optional<String> heapLimit() {
        return Optional.empty();
    }

    /** The name with its heap limit, as --only matches it and the progress lines show it. */
    default String label() {
        return name() + heapLimit().map(limit -> ", -Xmx" + limit).orElse("");
    }

    /** Only the audience workloads (slow viewers, stalled clients), where a heap limit matters. */
    default boolean audienceOnly() {
        return heapLimit().isPresent();
    }

    /** Where the server writes its logs, to count OutOfMemoryError and SEVERE lines. */
    Path logs();

    /** A health check to probe while clients hang on, when the server has one. */
    default Optional<String> healthPath() {
        return Optional.empty();
    }

    /** Whether the server is a JVM that jstat and jcmd can read. */
    default boolean isJvm() {
        return true;
    }

    /** For a server with a cache in front: what the cache and its node have counted so far. */
    default Optional<CacheTally> cacheTally() throws IOException, InterruptedException {
        return Optional.empty();
    }
}
