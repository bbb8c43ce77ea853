package reel.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import reel.config.Setting;
import reel.config.Settings;
import reel.config.Source;

class MediaRootTest {

    private static final String WAYS = Settings.waysToSet("media.dir");

    @TempDir
    Path folder;

    @Test
    void anExistingFolderIsAvailableWithItsSource() throws IOException {
        MediaRoot root = MediaRoot.open(setting(folder.toString(), Source.ENVIRONMENT_VARIABLE), WAYS);

        MediaRoot.Available available = assertInstanceOf(MediaRoot.Available.class, root);
        assertEquals(folder.toRealPath(), available.library().root());
        assertEquals("environment variable REEL_MEDIA_DIR", available.source());
    }

    @Test
    void notSetSaysHowToSetIt() {
        String message = unavailable(MediaRoot.open(Optional.empty(), WAYS));

        assertTrue(message.contains("not set"), message);
        assertTrue(message.contains("the system property reel.media.dir, the environment variable REEL_MEDIA_DIR "
                + "or the context parameter reel.media.dir"), message);
    }

    @Test
    void aMissingFolderIsNamedWithItsSource() {
        Path missing = folder.resolve("missing");

        String message = unavailable(MediaRoot.open(setting(missing.toString(), Source.SYSTEM_PROPERTY), WAYS));

        assertTrue(message.contains(missing + " (from system property reel.media.dir) does not exist."), message);
        assertTrue(message.contains(WAYS), message);
    }

    @Test
    void aFileIsNotAFolder() throws IOException {
        Path file = Files.writeString(folder.resolve("file.mp4"), "x");

        String message = unavailable(MediaRoot.open(setting(file.toString(), Source.CONTEXT_PARAMETER), WAYS));

        assertTrue(message.contains(file + " (from context parameter reel.media.dir) is not a folder."), message);
    }

    @Test
    void anInvalidPathIsExplained() {
        String message = unavailable(MediaRoot.open(setting("/srv/\0videos", Source.SYSTEM_PROPERTY), WAYS));

        assertTrue(message.contains("is not a valid path"), message);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"../videos", "videos", "./videos", "~/Videos", "srv/videos/"})
    void aRelativePathIsRefusedWithItsSourceAndAskedForAbsolute(String relative) {
        String message = unavailable(MediaRoot.open(setting(relative, Source.SYSTEM_PROPERTY), WAYS));

        assertTrue(message.startsWith("reel cannot show videos: the media folder " + relative
                + " (from system property reel.media.dir) is a relative path,"), message);
        assertTrue(message.contains("Give an absolute path"), message);
    }

    @Test
    void aRelativePathIsRefusedEvenWhenTheFolderExistsFromHere() {
        // The build runs in the project folder, which has media/; Tomcat may have started anywhere.
        String message = unavailable(MediaRoot.open(setting("src", Source.CONTEXT_PARAMETER), WAYS));

        assertTrue(message.contains("src (from context parameter reel.media.dir) is a relative path"), message);
    }

    private static Optional<Setting> setting(String value, Source source) {
        return Optional.of(new Setting("media.dir", value, source));
    }

    private static String unavailable(MediaRoot root) {
        return assertInstanceOf(MediaRoot.Unavailable.class, root).message();
    }
}
