package reel.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import reel.config.Setting;

/**
 * The media folder as resolved at startup: a library to serve, or the reason there is none. The app
 * deploys either way, so that the library page can tell people what to fix instead of a stack trace.
 */
public sealed interface MediaRoot permits MediaRoot.Available, MediaRoot.Unavailable {

    /** @param source where the folder was configured, e.g. {@code system property reel.media.dir} */
    record Available(MediaLibrary library, String source) implements MediaRoot {
        public Available {
            Objects.requireNonNull(library, "library");
            Objects.requireNonNull(source, "source");
        }
    }

    /**
     * @param message what is wrong and how to fix it; plain text, safe to show once HTML-escaped
     * @param folder the folder that was configured, when the setting named one
     */
    record Unavailable(String message, Optional<Path> folder) implements MediaRoot {
        public Unavailable {
            Objects.requireNonNull(message, "message");
            Objects.requireNonNull(folder, "folder");
        }

        /** No folder to name: none was set, or its value is no path. */
        public Unavailable(String message) {
            this(message, Optional.empty());
        }
    }

    /**
     * Opens the configured media folder, or explains why not.
     *
     * @param waysToSet how someone can set the folder, e.g. "the system property reel.media.dir, ..."
     */
    static MediaRoot open(Optional<Setting> setting, String waysToSet) {
        String fix = " Set " + waysToSet + " to a folder of videos that the server can read.";
        if (setting.isEmpty()) {
            return new Unavailable("reel cannot show videos: the media folder is not set." + fix);
        }
        String value = setting.get().value();
        String from = " (from " + setting.get().origin() + ")";
        Optional<Path> path = path(value);
        if (path.isEmpty()) {
            return new Unavailable("reel cannot show videos: the media folder " + value + from
                    + " is not a valid path." + fix);
        }
        if (!path.get().isAbsolute()) {
            // The JVM resolves a relative path against the folder catalina.sh was started in, which
            // changes with whoever starts Tomcat, so the library would move with it.
            return new Unavailable("reel cannot show videos: the media folder " + value + from
                    + " is a relative path, which would depend on the folder Tomcat was started in."
                    + " Give an absolute path instead, such as /srv/videos.");
        }
        Optional<String> problem = problemWith(path.get());
        if (problem.isPresent()) {
            return new Unavailable("reel cannot show videos: the media folder " + path.get() + from
                    + " " + problem.get() + "." + fix, path);
        }
        return new Available(new MediaLibrary(path.get()), setting.get().origin());
    }

    private static Optional<Path> path(String value) {
        try {
            return Optional.of(Path.of(value).normalize());
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** Why a folder cannot be the media root; opening it is the only check that is sure on every platform. */
    private static Optional<String> problemWith(Path folder) {
        if (!Files.exists(folder)) {
            return Optional.of("does not exist");
        }
        if (!Files.isDirectory(folder)) {
            return Optional.of("is not a folder");
        }
        try (Stream<Path> entries = Files.list(folder)) {
            entries.findAny();
            return Optional.empty();
        } catch (IOException | UncheckedIOException e) {
            return Optional.of("cannot be read");
        }
    }
}
