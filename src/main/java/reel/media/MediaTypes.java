package reel.media;

import java.util.Map;
import java.util.Set;

/** Media types by file extension, and which extensions the library lists as videos. */
public final class MediaTypes {

    public static final String OCTET_STREAM = "application/octet-stream";

    private static final Map<String, String> BY_EXTENSION = Map.of(
            "mp4", "video/mp4",
            "m4v", "video/mp4",
            "webm", "video/webm",
            "ogv", "video/ogg",
            "mov", "video/quicktime",
            "mkv", "video/x-matroska",
            "mp3", "audio/mpeg",
            "m4a", "audio/mp4",
            "vtt", "text/vtt; charset=utf-8");

    private static final Set<String> VIDEO_EXTENSIONS = Set.of("mp4", "m4v", "webm", "ogv", "mov", "mkv");

    private MediaTypes() {
    }

    /** The Content-Type for a file name; {@value #OCTET_STREAM} when the extension is unknown. */
    public static String forFileName(String fileName) {
        return BY_EXTENSION.getOrDefault(new FileName(fileName).lowerCaseExtension(), OCTET_STREAM);
    }

    public static boolean isVideo(String fileName) {
        return VIDEO_EXTENSIONS.contains(new FileName(fileName).lowerCaseExtension());
    }
}
