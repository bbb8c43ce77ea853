package reel.media;

import java.util.Locale;
import java.util.Objects;

/**
 * One file or folder name and what reel reads from it: whether it is hidden, its extension and its stem.
 * These rules are written here only; the library, media types, subtitles and the page all ask this.
 * The extension is the text after the last dot; a leading dot starts a hidden name, not an extension,
 * so {@code .mp4} has none and is its own stem. Any string is a name here, the empty one included;
 * whether a name may be part of a path is {@link LibraryPath}'s question.
 */
public record FileName(String name) {

    public FileName {
        Objects.requireNonNull(name, "name");
    }

    /** Dotfiles are private by convention ({@code .git}, {@code .DS_Store}); the library never shows them. */
    public boolean isHidden() {
        return name.startsWith(".");
    }

    /** As written: "mp4" for "Ep 1.mp4", "MP4" for "Ep 1.MP4"; "" for "noext", ".mp4" and "Ep 1.". */
    public String extension() {
        int dot = lastDot();
        return dot <= 0 ? "" : name.substring(dot + 1);
    }

    /** The extension lower-cased, for comparing: "Ep 1.MP4" is as much an MP4 as "Ep 1.mp4". */
    public String lowerCaseExtension() {
        return extension().toLowerCase(Locale.ROOT);
    }

    /** The name without its extension and that dot: "Talk.pt-BR" for "Talk.pt-BR.srt", ".mp4" for ".mp4". */
    public String stem() {
        int dot = lastDot();
        return dot <= 0 ? name : name.substring(0, dot);
    }

    private int lastDot() {
        return name.lastIndexOf('.');
    }

    @Override
    public String toString() {
        return name;
    }
}
