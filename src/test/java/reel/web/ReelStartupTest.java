package reel.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import reel.config.EndpointAccess;
import reel.config.Lookup;
import reel.config.StartupRefused;
import reel.media.MediaRoot;
import reel.stream.RecordedLog;

class ReelStartupTest {

    /** As with -Xmx512m. */
    private static final long HEAP_LIMIT = 512L << 20;

    @TempDir
    Path folder;

    private final ServletContext context = mock(ServletContext.class);
    private final Map<String, Object> attributes = new HashMap<>();
    private RecordedLog log;

    @BeforeEach
    void recordAttributesAndLogs() {
        doAnswer(call -> attributes.put(call.getArgument(0), call.getArgument(1)))
                .when(context).setAttribute(anyString(), any());
        doAnswer(call -> attributes.remove(call.getArgument(0))).when(context).removeAttribute(anyString());
        when(context.getAttribute(anyString())).thenAnswer(call -> attributes.get(call.getArgument(0)));
        when(context.getContextPath()).thenReturn("/reel");
        when(context.getInitParameterNames()).thenAnswer(call -> Collections.emptyEnumeration());
        log = RecordedLog.of(ReelStartup.class);
    }

    @AfterEach
    void stopRecording() {
        // Unregisters the JMX bean a started listener registered in this JVM.
        new ReelStartup().contextDestroyed(new ServletContextEvent(context));
        log.close();
    }

    @Test
    void contextParameterFolderIsAvailableAndLoggedOnceWithItsSource() throws IOException {
        when(context.getInitParameter("reel.media.dir")).thenReturn(folder.toString());

        start(Lookup.none(), Lookup.none());

        MediaRoot.Available root = assertInstanceOf(MediaRoot.Available.class, Deployment.of(context).root());
        assertEquals(folder.toRealPath(), root.library().root());
        assertEquals(List.of("INFO reel configuration: async.timeout=PT2H (default), cache.max-age=PT1H (default),"
                + " max-ranges=16 (default), bandwidth.cap=0 (default), sendfile=false (default),"
                + " max-streams=auto (default), health.enabled=true (default), health.allow=" + EndpointAccess.LOOPBACK + " (default),"
                + " metrics.enabled=true (default), metrics.allow=" + EndpointAccess.LOOPBACK + " (default), drain.file=none (default), cache.shared-max-age=none (default),"
                + " access.role=none (default), access.folders=none (default), share.secret=none (default),"
                + " share.role=none (default), share.max-age=PT168H (default)",
                "INFO reel media folder " + folder.toRealPath() + " (from context parameter reel.media.dir)",
                "INFO reel stream budget: 2048 streams at once (max-streams=auto: 50% of the 512 MiB heap limit at"
                        + " 128 KiB a stream); beyond it a video request is answered 503 with Retry-After; streams"
                        + " handed to sendfile take no place"),
                messages());
    }

    @Test
    void systemPropertyWinsOverEnvironmentAndContextParameter() throws IOException {
        when(context.getInitParameter("reel.media.dir")).thenReturn("/nowhere/context");

        start(Lookup.of(Map.of("reel.media.dir", folder.toString())),
                Lookup.of(Map.of("REEL_MEDIA_DIR", "/nowhere/env")));

        MediaRoot.Available root = assertInstanceOf(MediaRoot.Available.class, Deployment.of(context).root());
        assertEquals("system property reel.media.dir", root.source());
    }

    @Test
    void emptyContextParameterIsNotSetAndLoggedAsSevere() {
        when(context.getInitParameter("reel.media.dir")).thenReturn("");

        start(Lookup.none(), Lookup.none());

        String message = assertInstanceOf(MediaRoot.Unavailable.class, Deployment.of(context).root()).message();
        assertEquals(List.of("SEVERE " + message), severeMessages());
        assertTrue(message.contains("REEL_MEDIA_DIR"), message);
    }

    @Test
    void aMissingFolderIsNamedInTheSevereRecord() {
        start(Lookup.of(Map.of("reel.media.dir", "/nowhere/videos")), Lookup.none());

        assertEquals(1, severeMessages().size(), messages().toString());
        assertTrue(severeMessages().get(0).contains(
                "/nowhere/videos (from system property reel.media.dir) does not exist"), messages().toString());
    }

    @Test
    void stoppingForgetsTheRoot() {
        start(Lookup.none(), Lookup.none());

        new ReelStartup().contextDestroyed(new ServletContextEvent(context));

        assertTrue(Deployment.of(context).root() instanceof MediaRoot.Unavailable);
        assertEquals(Map.of(), attributes);
    }

    /** Tomcat reports a thread a web application started and left running as a leak. */
    @Test
    void theLibraryIndexReadsOnItsOwnThreadWhichStoppingEnds() {
        when(context.getInitParameter("reel.media.dir")).thenReturn(folder.toString());
        start(Lookup.none(), Lookup.none());
        assertEquals(1, indexThreads(), "started with the library");

        new ReelStartup().contextDestroyed(new ServletContextEvent(context));

        assertEquals(0, indexThreads());
    }

    @Test
    void aRelativeFolderIsOneSevereLineAskingForAnAbsolutePathAndReelStillStarts() {
        start(Lookup.of(Map.of("reel.media.dir", "../videos")), Lookup.none());

        String message = assertInstanceOf(MediaRoot.Unavailable.class, Deployment.of(context).root()).message();
        assertEquals(List.of("SEVERE " + message), severeMessages());
        assertTrue(message.contains("../videos (from system property reel.media.dir) is a relative path"), message);
        assertEquals(16, Deployment.of(context).config().maxRanges(), "the other settings are in force");
    }

    @Test
    void everyNameMeantForReelThatIsNoSettingIsOneWarningAndChangesNothing() {
        Map<String, String> contextParameters = Map.of("reel.media.dir", folder.toString(), "reel.max-range", "2");
        when(context.getInitParameterNames()).thenAnswer(call -> Collections.enumeration(contextParameters.keySet()));
        when(context.getInitParameter(anyString())).thenAnswer(call -> contextParameters.get(call.getArgument(0)));

        start(Lookup.of(Map.of("reel.maxranges", "4", "reel.war.dir", "/build/reel", "java.home", "/jdk")),
                Lookup.of(Map.of("REEL_MEDIA_FOLDER", "/srv/videos", "PATH", "/bin")));

        assertEquals(List.of(
                "WARNING reel ignores the system property reel.maxranges: it is not a setting;"
                        + " did you mean reel.max-ranges?",
                "WARNING reel ignores the environment variable REEL_MEDIA_FOLDER: it is not a setting;"
                        + " did you mean REEL_MEDIA_DIR?",
                "WARNING reel ignores the context parameter reel.max-range: it is not a setting;"
                        + " did you mean reel.max-ranges?"),
                messages().stream().filter(message -> message.startsWith("WARNING ")).toList());
        assertEquals(16, Deployment.of(context).config().maxRanges());
        assertInstanceOf(MediaRoot.Available.class, Deployment.of(context).root());
    }

    /** A kept folder behind a link (Training -> T2) is kept where it really is too, so /T2/HR/ is not a way round. */
    @Test
    void aKeptFolderIsAlsoKeptWhereItReallyIs() throws IOException {
        Files.createDirectories(folder.resolve("T2/HR"));
        Files.createSymbolicLink(folder.resolve("Training"), Path.of("T2"));

        start(Lookup.of(Map.of("reel.media.dir", folder.toString(), "reel.access.role", "reel-viewer",
                "reel.access.folders", "Training/HR:hr;Board:board-members")), Lookup.none());

        reel.config.FolderRoles folders = Deployment.of(context).access().folders();
        assertEquals(false, folders.mayEnter(List.of("T2", "HR", "pay.mp4"), role -> false));
        assertEquals(true, folders.mayEnter(List.of("T2", "HR", "pay.mp4"), "hr"::equals));
        assertEquals(true, folders.mayEnter(List.of("T2", "Safety.mp4"), role -> false));

    }

    @Test
    void foldersPerRoleWithoutSignInIsOneWarningAndReelStillStarts() {
        start(Lookup.of(Map.of("reel.media.dir", folder.toString(), "reel.access.folders", "Board:board-members")),
                Lookup.none());

        assertEquals(List.of("WARNING access.folders is set without access.role: unless Tomcat signs every visitor"
                + " in by itself, nobody holds a role, so Board:board-members is hidden from everyone"),
                messages().stream().filter(message -> message.startsWith("WARNING ")).toList());
        assertInstanceOf(MediaRoot.Available.class, Deployment.of(context).root());
    }

    @ParameterizedTest(name = "{0}={1} from {2}")
    @CsvSource(delimiter = '|', textBlock = """
            max-ranges      | 0     | system property reel.max-ranges           | a whole number from 1 to 1000
            async.timeout   | soon  | environment variable REEL_ASYNC_TIMEOUT   | a duration of at least 1s
            sendfile        | yes   | context parameter reel.sendfile           | true or false
            """)
    void aValueThatIsNotAllowedStopsStartupWithOneSevereLine(String name, String value, String origin,
            String allowed) {
        Lookup only = Lookup.of(Map.of("reel." + name, value,
                ("REEL_" + name).toUpperCase(java.util.Locale.ROOT).replace('.', '_'), value));
        when(context.getInitParameter(anyString())).thenAnswer(call -> only.find(call.getArgument(0)).orElse(null));
        Lookup property = origin.startsWith("system") ? only : Lookup.none();
        Lookup environment = origin.startsWith("environment") ? only : Lookup.none();

        StartupRefused refused = assertThrows(StartupRefused.class, () -> start(property, environment));

        String expected = "reel cannot start: the " + origin + " is \"" + value + "\"; allowed: " + allowed;
        assertEquals(1, severeMessages().size(), messages().toString());
        assertTrue(severeMessages().get(0).startsWith("SEVERE " + expected), severeMessages().get(0));
        assertTrue(refused.getMessage().startsWith(expected), refused.getMessage());
        assertEquals(0, refused.getStackTrace().length, "Tomcat prints the message without a stack trace");
        assertEquals(Map.of(), attributes, "nothing of a refused start is left for the servlets");
    }

    @Test
    void startRegistersTheStreamingBeanAndStopUnregistersIt() throws Exception {
        ObjectName name = new ObjectName("reel:type=Streaming,context=/reel");
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        start(Lookup.none(), Lookup.none());
        Deployment.of(context).metrics().streamStarted();

        assertEquals(1L, server.getAttribute(name, "ActiveStreams"));
        assertEquals("", server.getAttribute(name, "WebappVersion"));
        assertTrue(server.isRegistered(new ObjectName("reel:type=Streaming,context=/reel,version=")));

        new ReelStartup().contextDestroyed(new ServletContextEvent(context));
        assertEquals(Set.of(), server.queryNames(new ObjectName("reel:*"), null));
    }

    @Test
    void tomcatsWebappVersionNamesTheDeploymentsOwnBean() throws Exception {
        attributes.put("org.apache.catalina.webappVersion", "002");
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        start(Lookup.none(), Lookup.none());

        assertTrue(server.isRegistered(new ObjectName("reel:type=Streaming,context=/reel,version=002")));
        assertEquals("002", server.getAttribute(new ObjectName("reel:type=Streaming,context=/reel"), "WebappVersion"));
    }

    @Test
    void maxStreamsFixesTheBudgetWhateverTheHeap() {
        when(context.getInitParameter("reel.max-streams")).thenReturn("3");

        start(Lookup.none(), Lookup.none());

        assertEquals(3, Deployment.of(context).budget().limit());
        assertTrue(messages().contains("INFO reel stream budget: 3 streams at once (max-streams=3); beyond it a video"
                + " request is answered 503 with Retry-After; streams handed to sendfile take no place"),
                messages().toString());
        assertEquals(3L, Deployment.of(context).metrics().snapshot().budget().limit());
    }

    @Test
    void startStoresTheConfigurationForTheServlets() {
        when(context.getInitParameter("reel.max-ranges")).thenReturn("3");

        start(Lookup.none(), Lookup.none());

        assertEquals(3, Deployment.of(context).config().maxRanges());
    }

    private void start(Lookup systemProperties, Lookup environment) {
        new ReelStartup(systemProperties, environment, () -> HEAP_LIMIT).contextInitialized(new ServletContextEvent(context));
    }

    private static long indexThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().equals("reel-index") && thread.isAlive()).count();
    }

    private List<String> severeMessages() {
        return messages().stream().filter(message -> message.startsWith("SEVERE ")).toList();
    }

    private List<String> messages() {
        return log.messagesAtOrAbove(Level.INFO);
    }
}
