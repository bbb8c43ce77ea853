package reel.subtitle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reel.media.LibraryPath;
import reel.media.MediaFile;

class SubtitleBodiesTest {

    private static final Instant MODIFIED = Instant.parse("2024-05-01T10:00:00Z");
    private static final String SUBRIP = "1\n00:00:01,000 --> 00:00:02,000\nHi\n";

    @TempDir
    Path folder;

    @Test
    void aVersionIsConvertedOnceAndServedFromMemoryAfter() throws IOException {
        SubtitleBodies bodies = new SubtitleBodies(SubtitleBodies.DEFAULT_BUDGET_BYTES);
        MediaFile file = write("Talk.srt", SUBRIP, MODIFIED);

        byte[] first = bodies.webVtt(file, true);
        Files.delete(file.path());

        assertSame(first, bodies.webVtt(file, true), "not read again");
        assertEquals("WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.000\nHi\n", new String(first, StandardCharsets.UTF_8));
    }

    @Test
    void aFileFixedBesideItsVideoIsANewVersionConvertedAnew() throws IOException {
        SubtitleBodies bodies = new SubtitleBodies(SubtitleBodies.DEFAULT_BUDGET_BYTES);
        byte[] before = bodies.webVtt(write("Talk.srt", SUBRIP, MODIFIED), true);

        MediaFile fixed = write("Talk.srt", SUBRIP.replace("Hi", "Hello"), MODIFIED.plusSeconds(60));
        byte[] after = bodies.webVtt(fixed, true);

        assertNotSame(before, after);
        assertTrue(new String(after, StandardCharsets.UTF_8).contains("Hello"));
    }

    /** The budget bounds the heap: the least recently used body goes first, and one larger than all is not kept. */
    @Test
    void theBudgetKeepsTheMostRecentlyUsedBodies() throws IOException {
        MediaFile a = write("a.vtt", "WEBVTT\n\n" + "a".repeat(400), MODIFIED);
        MediaFile b = write("b.vtt", "WEBVTT\n\n" + "b".repeat(400), MODIFIED);
        MediaFile c = write("c.vtt", "WEBVTT\n\n" + "c".repeat(400), MODIFIED);
        SubtitleBodies bodies = new SubtitleBodies(1000);

        byte[] bodyA = bodies.webVtt(a, false);
        byte[] bodyB = bodies.webVtt(b, false);
        assertSame(bodyA, bodies.webVtt(a, false));
        bodies.webVtt(c, false);

        assertSame(bodyA, bodies.webVtt(a, false), "used last but one: kept");
        assertNotSame(bodyB, bodies.webVtt(b, false), "least recently used: converted again");
        MediaFile huge = write("huge.vtt", "WEBVTT\n\n" + "h".repeat(2000), MODIFIED);
        assertNotSame(bodies.webVtt(huge, false), bodies.webVtt(huge, false));
    }

    @Test
    void aRefusalIsLoggedOncePerVersion() throws IOException {
        SubtitleBodies bodies = new SubtitleBodies(SubtitleBodies.DEFAULT_BUDGET_BYTES);
        MediaFile huge = write("Huge.srt", SUBRIP, MODIFIED);

        assertTrue(bodies.firstRefusal(huge));
        assertFalse(bodies.firstRefusal(huge));
        assertTrue(bodies.firstRefusal(write("Huge.srt", SUBRIP + SUBRIP, MODIFIED.plusSeconds(1))));
    }

    private MediaFile write(String name, String text, Instant modified) throws IOException {
        Path path = Files.writeString(folder.resolve(name), text);
        Files.setLastModifiedTime(path, FileTime.from(modified));
        return new MediaFile(path, LibraryPath.ROOT.child(name), name, Files.size(path), modified, "text/vtt");
    }
}
