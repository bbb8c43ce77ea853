package reel.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reel.stream.RecordedLog;

class DrainTest {

    @TempDir
    Path folder;

    private final RecordedLog log = RecordedLog.of(Drain.class);

    @AfterEach
    void stopRecording() {
        log.close();
    }

    @Test
    void anOperatorDrainsAndUndrainsWithOneLineEachWay() {
        Drain drain = new Drain(Optional.empty());
        assertEquals(false, drain.isDraining());

        drain.drain();
        drain.drain();
        assertEquals(true, drain.isDraining());
        drain.undrain();
        assertEquals(false, drain.isDraining());

        assertEquals(List.of(
                "INFO reel is draining (an operator drained it (JMX)): /reel/health and new requests answer 503 so load"
                        + " balancers send viewers elsewhere; running streams finish",
                "INFO reel is no longer draining: /reel/health answers 200 again"), log.messagesAtOrAbove(Level.INFO));
    }

    @Test
    void aScriptDrainsByCreatingTheFileAndUndrainsByRemovingIt() throws IOException {
        Path file = folder.resolve("drain");
        Drain drain = new Drain(Optional.of(file));
        assertEquals(false, drain.isDraining());

        Files.createFile(file);
        assertEquals(true, drain.isDraining());
        assertEquals(true, drain.isDraining());
        drain.undrain();
        assertEquals(true, drain.isDraining(), "the file still says drain");
        Files.delete(file);
        assertEquals(false, drain.isDraining());

        assertEquals(List.of("INFO reel is draining (the drain file " + file + " exists): /reel/health and new requests answer"
                + " 503 so load balancers send viewers elsewhere; running streams finish",
                "INFO reel is no longer draining: /reel/health answers 200 again"), log.messagesAtOrAbove(Level.INFO));
    }
}
