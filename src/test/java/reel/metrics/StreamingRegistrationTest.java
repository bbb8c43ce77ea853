package reel.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.Optional;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.MBeanServerFactory;
import javax.management.ObjectName;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reel.stream.RecordedLog;

/**
 * Versions of reel deployed side by side, as Tomcat's parallel deployment runs them, each registering in
 * a server of the test's own. Whatever the order of deploys and undeploys, every version has its own
 * name and the context's name is the newest's.
 */
class StreamingRegistrationTest {

    private final MBeanServer server = MBeanServerFactory.newMBeanServer();
    private final RecordedLog log = RecordedLog.of(StreamingRegistration.class);
    private final List<StreamingRegistration> running = new ArrayList<>();

    @AfterEach
    void undeployTheRest() throws JMException {
        for (StreamingRegistration registration : running) {
            registration.unregister();
        }
        log.close();
    }

    @Test
    void aDeploymentHasItsOwnNameAndTheContextsUntilItStops() throws Exception {
        StreamingRegistration reel = deploy("/reel", "");

        assertEquals(Set.of("reel:context=/reel,type=Streaming", "reel:context=/reel,type=Streaming,version="), names());
        assertEquals(new ObjectName("reel:type=Streaming,context=/reel,version="), reel.name());
        assertEquals(List.of("INFO reel JMX bean reel:type=Streaming,context=/reel,version=",
                "INFO reel JMX bean reel:type=Streaming,context=/reel is now reel:type=Streaming,context=/reel,version="),
                log.messagesAtOrAbove(Level.INFO));

        undeploy(reel);
        assertEquals(Set.of(), names());
    }

    @Test
    void aNewerVersionTakesTheContextsNameAndTheOlderKeepsItsOwn() throws Exception {
        StreamMetrics older = new StreamMetrics();
        deploy("/reel", "001", older);
        StreamMetrics newer = new StreamMetrics();
        deploy("/reel", "002", newer);
        older.streamStarted();

        assertEquals(Set.of("reel:context=/reel,type=Streaming", "reel:context=/reel,type=Streaming,version=001",
                "reel:context=/reel,type=Streaming,version=002"), names());
        assertEquals("002", contextsVersion("/reel"));
        assertEquals(0L, server.getAttribute(new ObjectName("reel:type=Streaming,context=/reel"), "ActiveStreams"),
                "the context's name counts the newest version's streams");
        assertEquals(1L, server.getAttribute(new ObjectName("reel:type=Streaming,context=/reel,version=001"),
                "ActiveStreams"), "the older version's own name counts the streams it still runs");
        assertEquals(List.of(), log.messagesAtOrAbove(Level.WARNING));
    }

    @Test
    void aThirdVersionDeployedWhileTwoRunRegistersAndTakesTheContextsName() throws Exception {
        deploy("/reel", "001");
        deploy("/reel", "002");
        deploy("/reel", "003");

        assertEquals(Set.of("reel:context=/reel,type=Streaming", "reel:context=/reel,type=Streaming,version=001",
                "reel:context=/reel,type=Streaming,version=002", "reel:context=/reel,type=Streaming,version=003"),
                names());
        assertEquals("003", contextsVersion("/reel"));
        assertEquals(List.of(), log.messagesAtOrAbove(Level.WARNING));
    }

    @Test
    void whenTheNewestStopsTheNewestLeftTakesTheContextsNameBack() throws Exception {
        StreamingRegistration first = deploy("/reel", "001");
        StreamingRegistration second = deploy("/reel", "002");
        StreamingRegistration third = deploy("/reel", "003");

        undeploy(third);
        assertEquals("002", contextsVersion("/reel"));
        undeploy(second);
        assertEquals("001", contextsVersion("/reel"));
        assertEquals(Set.of("reel:context=/reel,type=Streaming", "reel:context=/reel,type=Streaming,version=001"),
                names());
        undeploy(first);
        assertEquals(Set.of(), names());
        assertEquals(List.of(), log.messagesAtOrAbove(Level.WARNING));
    }

    @Test
    void anOlderVersionStoppingLeavesTheContextsNameWithTheNewest() throws Exception {
        StreamingRegistration older = deploy("/reel", "001");
        deploy("/reel", "002");

        undeploy(older);

        assertEquals(Set.of("reel:context=/reel,type=Streaming", "reel:context=/reel,type=Streaming,version=002"),
                names());
        assertEquals("002", contextsVersion("/reel"));
    }

    @Test
    void anOlderVersionDeployedAfterANewerOneLeavesTheContextsNameWithTheNewer() throws Exception {
        deploy("/reel", "002");
        deploy("/reel", "001");

        assertEquals("002", contextsVersion("/reel"));
    }

    @Test
    void aVersionComesAfterNoVersionAsInTomcat() throws Exception {
        StreamingRegistration unversioned = deploy("/reel", "");
        deploy("/reel", "001");

        assertEquals("001", contextsVersion("/reel"));
        undeploy(unversioned);
        assertEquals("001", contextsVersion("/reel"));
    }

    @Test
    void theSamePathAndVersionTwiceInOneJvmGetsASecondInstance() throws Exception {
        deploy("/reel", "001");
        StreamingRegistration again = deploy("/reel", "001");

        assertEquals(new ObjectName("reel:type=Streaming,context=/reel,version=001,instance=2"), again.name());
        assertEquals(3, names().size(), names()::toString);
        assertEquals(List.of(), log.messagesAtOrAbove(Level.WARNING));
    }

    @Test
    void eachContextPathHasItsOwnContextsName() throws Exception {
        deploy("/reel", "002");
        deploy("/films", "001");

        assertEquals("002", contextsVersion("/reel"));
        assertEquals("001", contextsVersion("/films"));
    }

    @Test
    void versionsStartingAndStoppingAtOnceLeaveTheNameWithTheNewest() throws Exception {
        // Tomcat may start several contexts at once (a host's startStopThreads).
        List<Callable<StreamingRegistration>> starts = new ArrayList<>();
        for (int version = 1; version <= 8; version++) {
            String name = "00" + version;
            starts.add(() -> StreamingRegistration.register(new StreamMetrics(), new Drain(Optional.empty()), new StreamingNames("/reel", name), server));
        }
        ExecutorService threads = Executors.newFixedThreadPool(starts.size());
        try {
            List<StreamingRegistration> started = new ArrayList<>();
            for (Future<StreamingRegistration> start : threads.invokeAll(starts)) {
                started.add(start.get());
            }
            running.addAll(started);
            assertEquals("008", contextsVersion("/reel"));

            List<Callable<Void>> stops = new ArrayList<>();
            for (StreamingRegistration registration : started.subList(2, 8)) {
                running.remove(registration);
                stops.add(() -> {
                    registration.unregister();
                    return null;
                });
            }
            for (Future<Void> stop : threads.invokeAll(stops)) {
                stop.get();
            }
        } finally {
            threads.shutdownNow();
        }
        assertEquals("002", contextsVersion("/reel"));
        assertEquals(Set.of("reel:context=/reel,type=Streaming", "reel:context=/reel,type=Streaming,version=001",
                "reel:context=/reel,type=Streaming,version=002"), names());
        assertEquals(List.of(), log.messagesAtOrAbove(Level.WARNING));
    }

    private StreamingRegistration deploy(String contextPath, String version) throws JMException {
        return deploy(contextPath, version, new StreamMetrics());
    }

    private StreamingRegistration deploy(String contextPath, String version, StreamMetrics metrics)
            throws JMException {
        StreamingRegistration registration = StreamingRegistration.register(metrics, new Drain(Optional.empty()),
                new StreamingNames(contextPath, version), server);
        running.add(registration);
        return registration;
    }

    private void undeploy(StreamingRegistration registration) throws JMException {
        running.remove(registration);
        registration.unregister();
    }

    /** The canonical names reel has in the server. */
    private Set<String> names() {
        Set<String> names = new TreeSet<>();
        server.queryNames(StreamingNames.ALL, null).forEach(name -> names.add(name.getCanonicalName()));
        return names;
    }

    private String contextsVersion(String contextPath) throws JMException {
        return (String) server.getAttribute(new StreamingNames(contextPath, "").context(), "WebappVersion");
    }
}
