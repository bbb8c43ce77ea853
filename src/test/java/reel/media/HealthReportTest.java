package reel.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HealthReportTest {

    private static final Instant STARTED = Instant.parse("2026-11-25T09:00:00Z");

    @TempDir
    Path folder;

    @Test
    void aReadableFolderIsUpWithItsVisibleFiles() throws Exception {
        Files.writeString(folder.resolve("a.mp4"), "a");
        Files.createDirectories(folder.resolve("Shorts"));
        Files.writeString(folder.resolve("Shorts/b.webm"), "b");
        Files.writeString(folder.resolve(".hidden.mp4"), "h");
        Files.createDirectories(folder.resolve(".trash"));
        Files.writeString(folder.resolve(".trash/c.mp4"), "c");

        HealthReport report = HealthReport.check(new MediaRoot.Available(new MediaLibrary(folder), "test"),
                "1.2.3", STARTED, FileCount::of, false);

        assertEquals(200, report.status());
        assertEquals("{\"status\":\"UP\",\"mediaFolder\":\"" + folder.toRealPath() + "\",\"readable\":true,"
                + "\"files\":2,\"version\":\"1.2.3\",\"started\":\"2026-11-25T09:00:00Z\"}", report.toJson(HealthReport.Audience.LOCAL));
    }

    /** lost+found on a mounted disk is mode 700 and owned by root: the library is still up. */
    @Test
    void anUnreadableSubFolderIsSkippedNotDown() throws Exception {
        Files.writeString(folder.resolve("a.mp4"), "a");
        Path locked = Files.createDirectories(folder.resolve("lost+found"));
        Files.writeString(locked.resolve("x.mp4"), "x");
        Files.setPosixFilePermissions(locked, java.nio.file.attribute.PosixFilePermissions.fromString("---------"));
        try {
            assumeFalse(Files.isReadable(locked), "this user reads every folder (root)");

            HealthReport report = HealthReport.check(new MediaRoot.Available(new MediaLibrary(folder), "test"),
                    "1.2.3", STARTED, FileCount::of, false);

            assertEquals(200, report.status());
            assertTrue(report.toJson(HealthReport.Audience.LOCAL).contains("\"files\":1"), report.toJson(HealthReport.Audience.LOCAL));
        } finally {
            Files.setPosixFilePermissions(locked, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void anUnavailableFolderIsDownWithTheReason() {
        HealthReport report = HealthReport.check(new MediaRoot.Unavailable("the media folder is not set."),
                "1.2.3", STARTED, FileCount::of, false);

        assertEquals(503, report.status());
        assertEquals("{\"status\":\"DOWN\",\"mediaFolder\":null,\"readable\":false,\"files\":0,"
                + "\"version\":\"1.2.3\",\"started\":\"2026-11-25T09:00:00Z\","
                + "\"reason\":\"the media folder is not set.\"}", report.toJson(HealthReport.Audience.LOCAL));
    }

    @Test
    void aFolderRemovedSinceStartupIsDown() throws Exception {
        Path gone = Files.createDirectories(folder.resolve("gone"));
        MediaRoot root = new MediaRoot.Available(new MediaLibrary(gone), "test");
        Path realPath = gone.toRealPath();
        Files.delete(gone);

        HealthReport report = HealthReport.check(root, "1.2.3", STARTED, FileCount::of, false);

        assertEquals(503, report.status());
        assertEquals("the media folder " + realPath + " cannot be read",
                report.reason());
    }

    /** An operator reading health on the machine learns which folder to look for, not just that it is gone. */
    @Test
    void aFolderGoneWhileReelRunsIsDownAndNamed() throws Exception {
        Path gone = Files.createDirectories(folder.resolve("gone"));
        LiveMediaRoot live = new LiveMediaRoot(new MediaRoot.Available(new MediaLibrary(gone), "test"));
        Path realPath = gone.toRealPath();
        Files.delete(gone);

        HealthReport report = HealthReport.check(live.now(), "1.2.3", STARTED, FileCount::of, false);

        assertEquals(503, report.status());
        assertEquals(java.util.Optional.of(realPath.toString()), report.mediaFolder());
        assertEquals(true, report.toJson(HealthReport.Audience.LOCAL)
                .startsWith("{\"status\":\"DOWN\",\"mediaFolder\":\"" + realPath + "\",\"readable\":false"));
        assertEquals(false, report.toJson(HealthReport.Audience.REMOTE).contains(realPath.toString()));
    }

    /** A load balancer reads only the status: draining takes the node out while it still serves. */
    @Test
    void aDrainingNodeIs503WithItsFolderStillReadable() throws Exception {
        Files.writeString(folder.resolve("a.mp4"), "a");

        HealthReport report = HealthReport.check(new MediaRoot.Available(new MediaLibrary(folder), "test"),
                "1.2.3", STARTED, FileCount::of, true);

        assertEquals(503, report.status());
        assertEquals("{\"status\":\"DRAINING\",\"mediaFolder\":\"" + folder.toRealPath() + "\",\"readable\":true,"
                + "\"files\":1,\"version\":\"1.2.3\",\"started\":\"2026-11-25T09:00:00Z\",\"draining\":true}",
                report.toJson(HealthReport.Audience.LOCAL));
    }

    /** Only this machine learns where the media folder is, from the path or from the reason. */
    @Test
    void aRemoteClientIsNotToldTheFolderPath() throws Exception {
        HealthReport up = HealthReport.check(new MediaRoot.Available(new MediaLibrary(folder), "test"),
                "1.2.3", STARTED, FileCount::of, false);
        HealthReport down = HealthReport.check(
                new MediaRoot.Unavailable("the media folder /srv/secret/videos does not exist."), "1.2.3", STARTED,
                FileCount::of, false);

        assertEquals("{\"status\":\"UP\",\"readable\":true,\"files\":0,\"version\":\"1.2.3\","
                + "\"started\":\"2026-11-25T09:00:00Z\"}", up.toJson(HealthReport.Audience.REMOTE));
        assertEquals(false, down.toJson(HealthReport.Audience.REMOTE).contains("/srv"), down.toJson(HealthReport.Audience.REMOTE));
        assertEquals(true, down.toJson(HealthReport.Audience.REMOTE).startsWith("{\"status\":\"DOWN\""));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            /srv/videos           | "/srv/videos"
            C:\\videos            | "C:\\\\videos"
            say "hi"              | "say \\"hi\\""
            tab\there             | "tab\\u0009here"
            Ünïcode               | "Ünïcode"
            """)
    void jsonStringsAreEscaped(String value, String expected) {
        assertEquals(expected, HealthReport.string(value.replace("\\t", "\t")));
    }
}
