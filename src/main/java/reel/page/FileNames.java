package reel.page;

import java.util.Locale;
import reel.media.FileName;

/** How a file name is shown: the title without its extension, and the extension as a type label. */
final class FileNames {

    private FileNames() {
    }

    /** "Ep 1.mp4" shows as "Ep 1"; the type label beside it still tells "a.mp4" from "a.webm". */
    static String title(String fileName) {
        return new FileName(fileName).stem();
    }

    /** "MP4" for "Ep 1.mp4"; empty when there is no extension. */
    static String typeLabel(String fileName) {
        return new FileName(fileName).extension().toUpperCase(Locale.ROOT);
    }
}
