package reel.media;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import reel.http.EntityTag;

/**
 * A WebVTT or SubRip file that belongs to a video by name: {@code Talk.vtt} (language not stated) or
 * {@code Talk.en.vtt}, {@code Talk.pt-BR.srt} (a BCP 47 language tag) beside {@code Talk.mp4}.
 * Browsers read only WebVTT, so a SubRip file is served converted ({@link #isSubRip()}).
 */
public record Subtitle(LibraryPath path, Optional<String> language, EntityTag tag) {

    /** BCP 47 undetermined: {@code srclang} is required for subtitles, and this is honest about not knowing. */
    public static final String UNDETERMINED = "und";

    private static final String WEBVTT = "vtt";
    private static final String SUBRIP = "srt";
    // A primary language of 2-3 letters and optional subtags: en, pt-BR, zh-Hant, sr-Latn-RS.
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*");

    public Subtitle {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(tag, "tag");
    }

    /**
     * The subtitle that {@code candidateName} in {@code folder} is for {@code videoName}, if it is one;
     * {@code tag} is the candidate file's own, which versions its links.
     */
    static Optional<Subtitle> match(LibraryPath folder, String videoName, String candidateName, EntityTag tag) {
        if (!hasSubtitleExtension(candidateName)) {
            return Optional.empty();
        }
        String videoStem = new FileName(videoName).stem();
        String candidateStem = new FileName(candidateName).stem();
        if (candidateStem.equals(videoStem)) {
            return Optional.of(new Subtitle(folder.child(candidateName), Optional.empty(), tag));
        }
        String prefix = videoStem + ".";
        if (candidateStem.startsWith(prefix)
                && LANGUAGE_TAG.matcher(candidateStem.substring(prefix.length())).matches()) {
            String language = candidateStem.substring(prefix.length());
            return Optional.of(new Subtitle(folder.child(candidateName), Optional.of(language), tag));
        }
        return Optional.empty();
    }

    /** Whether this is a SubRip ({@code .srt}) file, which the page links through the converter. */
    public boolean isSubRip() {
        return new FileName(path.name().orElseThrow()).lowerCaseExtension().equals(SUBRIP);
    }

    /** Whether a file name is one that {@link #match} could accept for some video. */
    public static boolean hasSubtitleExtension(String fileName) {
        String extension = new FileName(fileName).lowerCaseExtension();
        return extension.equals(WEBVTT) || extension.equals(SUBRIP);
    }

    /** The value for {@code <track srclang>}. */
    public String sourceLanguage() {
        return language.orElse(UNDETERMINED);
    }

    /** The value for {@code <track label>}: the language's English name, "English (United Kingdom)", or the tag. */
    public String label() {
        return language
                .map(tag -> Locale.forLanguageTag(tag).getDisplayName(Locale.ENGLISH))
                .filter(name -> !name.isEmpty())
                .or(() -> language)
                .orElse("Subtitles");
    }
}
