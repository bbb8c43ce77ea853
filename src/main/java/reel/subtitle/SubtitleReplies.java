package reel.subtitle;

import java.util.Optional;
import java.util.function.Predicate;
import reel.http.EntityTag;
import reel.http.Precondition;
import reel.http.Preconditions;
import reel.http.Representation;
import reel.http.RequestHeaders;
import reel.media.FileName;
import reel.media.LibraryPath;
import reel.media.MediaFile;
import reel.media.MediaLibrary;

/** Decides the answer for {@code /subtitles/<file>} from the request's path and fields, without the container. */
public final class SubtitleReplies {

    /** The largest subtitle file read into memory: a two-hour film's SubRip is about 100 KB. */
    public static final long MAX_SUBTITLE_BYTES = 2L * 1024 * 1024;
    // Bump when the converter's output changes, so caches do not keep the old conversion under a 304.
    static final String CONVERSION_VERSION = "vtt1";

    private SubtitleReplies() {
    }

    public static SubtitleReply decide(MediaLibrary library, Optional<String> pathInfo, RequestHeaders headers) {
        return decide(library, pathInfo, headers, place -> true);
    }

    /**
     * The same for a viewer who may enter only the places {@code mayEnter} takes, where the file really is
     * included: the URL's own path is the sign-in filter's to judge, where a link in it leads is judged here.
     */
    public static SubtitleReply decide(MediaLibrary library, Optional<String> pathInfo, RequestHeaders headers,
            Predicate<LibraryPath> mayEnter) {
        Optional<MediaFile> file = pathInfo.flatMap(library::subtitleFile);
        if (file.isEmpty()) {
            return SubtitleReply.Refused.notFound();
        }
        if (!mayEnter.test(file.get().place())) {
            return new SubtitleReply.Hidden();
        }
        if (file.get().size() > MAX_SUBTITLE_BYTES) {
            return SubtitleReply.Refused.tooLarge(file.get());
        }
        EntityTag etag = etag(file.get());
        Precondition precondition = Preconditions.evaluate(headers,
                new Representation(file.get().size(), file.get().modified(), etag));
        if (precondition == Precondition.FAILED) {
            return SubtitleReply.Refused.preconditionFailed();
        }
        if (precondition == Precondition.NOT_MODIFIED) {
            return new SubtitleReply.NotModified(etag);
        }
        // The URL's name decides, as for media types: a link may point at a file named otherwise.
        boolean fromSubRip = new FileName(file.get().name()).lowerCaseExtension().equals("srt");
        return new SubtitleReply.Convert(file.get(), etag, fromSubRip);
    }

    static EntityTag etag(MediaFile file) {
        return convertedTag(file.representation().etag());
    }

    /** The file's own tag with the conversion's version: the WebVTT is a different representation. */
    public static EntityTag convertedTag(EntityTag fileTag) {
        return new EntityTag(fileTag.opaque() + "-" + CONVERSION_VERSION, false);
    }
}
