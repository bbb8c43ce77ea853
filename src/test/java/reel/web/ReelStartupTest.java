package reel.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reel.config.Lookup;
import reel.media.MediaRoot;

class ReelStartupTest {

    @TempDir
    Path folder;

    private final ServletContext context = mock(ServletContext.class);
    private final Map<String, Object> attributes = new HashMap<>();
    private final List<LogRecord> logged = new ArrayList<>();
    private final Logger logger = Logger.getLogger(ReelStartup.class.getName());
    private final Handler recorder = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void recordAttributesAndLogs() {
        doAnswer(call -> attributes.put(call.getArgument(0), call.getArgument(1)))
                .when(context).setAttribute(anyString(), any());
        doAnswer(call -> attributes.remove(call.getArgument(0))).when(context).removeAttribute(anyString());
        when(context.getAttribute(anyString())).thenAnswer(call -> attributes.get(call.getArgument(0)));
        logger.addHandler(recorder);
        // The records are asserted here; printing them too would look like failures in the build output.
        logger.setUseParentHandlers(false);
    }

    @AfterEach
    void stopRecording() {
        logger.removeHandler(recorder);
        logger.setUseParentHandlers(true);
    }

    @Test
    void contextParameterFolderIsAvailableAndLoggedOnceWithItsSource() throws IOException {
        when(context.getInitParameter("reel.media.dir")).thenReturn(folder.toString());

        start(Lookup.none(), Lookup.none());

        MediaRoot.Available root = assertInstanceOf(MediaRoot.Available.class, ReelStartup.mediaRoot(context));
        assertEquals(folder.toRealPath(), root.library().root());
        assertEquals(List.of("INFO reel media folder " + folder.toRealPath()
                + " (from context parameter reel.media.dir)"), messages());
    }

    @Test
    void systemPropertyWinsOverEnvironmentAndContextParameter() throws IOException {
        when(context.getInitParameter("reel.media.dir")).thenReturn("/nowhere/context");

        start(key -> Optional.of(folder.toString()).filter(value -> key.equals("reel.media.dir")),
                key -> Optional.of("/nowhere/env"));

        MediaRoot.Available root = assertInstanceOf(MediaRoot.Available.class, ReelStartup.mediaRoot(context));
        assertEquals("system property reel.media.dir", root.source());
    }

    @Test
    void emptyContextParameterIsNotSetAndLoggedAsSevere() {
        when(context.getInitParameter("reel.media.dir")).thenReturn("");

        start(Lookup.none(), Lookup.none());

        String message = assertInstanceOf(MediaRoot.Unavailable.class, ReelStartup.mediaRoot(context)).message();
        assertEquals(List.of("SEVERE " + message), messages());
        assertTrue(message.contains("REEL_MEDIA_DIR"), message);
    }

    @Test
    void aMissingFolderIsNamedInTheSevereRecord() {
        start(key -> Optional.of("/nowhere/videos"), Lookup.none());

        assertTrue(messages().get(0).startsWith("SEVERE "), messages().toString());
        assertTrue(messages().get(0).contains("/nowhere/videos (from system property reel.media.dir) does not exist"),
                messages().toString());
    }

    @Test
    void stoppingForgetsTheRoot() {
        start(Lookup.none(), Lookup.none());

        new ReelStartup().contextDestroyed(new ServletContextEvent(context));

        assertTrue(ReelStartup.mediaRoot(context) instanceof MediaRoot.Unavailable);
        assertEquals(Map.of(), attributes);
    }

    private void start(Lookup systemProperties, Lookup environment) {
        new ReelStartup(systemProperties, environment).contextInitialized(new ServletContextEvent(context));
    }

    private List<String> messages() {
        return logged.stream().filter(record -> record.getLevel().intValue() >= Level.INFO.intValue())
                .map(record -> record.getLevel() + " " + record.getMessage()).toList();
    }
}
