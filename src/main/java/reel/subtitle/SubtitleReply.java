package reel.subtitle;

import java.util.Objects;
import reel.http.EntityTag;
import reel.media.MediaFile;

/** What {@link SubtitleServlet} answers for a subtitle URL, decided by {@link SubtitleReplies}. */
public sealed interface SubtitleReply permits SubtitleReply.Convert, SubtitleReply.NotModified,
        SubtitleReply.PreconditionFailed, SubtitleReply.NotFound, SubtitleReply.TooLarge, SubtitleReply.Unavailable {

    int status();

    /** 200: read the file and send it as WebVTT, converted from SubRip when the URL names a {@code .srt}. */
    record Convert(MediaFile file, EntityTag etag, boolean fromSubRip) implements SubtitleReply {
        public Convert {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(etag, "etag");
        }

        @Override
        public int status() {
            return 200;
        }
    }

    /** RFC 9110 §15.4.5: the copy the browser holds is current. */
    record NotModified(EntityTag etag) implements SubtitleReply {
        public NotModified {
            Objects.requireNonNull(etag, "etag");
        }

        @Override
        public int status() {
            return 304;
        }
    }

    /** RFC 9110 §13.1.1 and §13.1.4: If-Match or If-Unmodified-Since failed. */
    record PreconditionFailed() implements SubtitleReply {
        @Override
        public int status() {
            return 412;
        }
    }

    /** Missing, hidden, outside the library, a folder, or not a {@code .vtt}/{@code .srt}: all look alike. */
    record NotFound() implements SubtitleReply {
        @Override
        public int status() {
            return 404;
        }
    }

    /**
     * Larger than {@link SubtitleReplies#MAX_SUBTITLE_BYTES}: converted in memory, so refused. 404, like a
     * file that is not there, because the player can do nothing else with it; the log says why.
     */
    record TooLarge(MediaFile file) implements SubtitleReply {
        public TooLarge {
            Objects.requireNonNull(file, "file");
        }

        @Override
        public int status() {
            return 404;
        }
    }

    /** The media folder is not available: 503, as for the video bytes. */
    record Unavailable() implements SubtitleReply {
        @Override
        public int status() {
            return 503;
        }
    }
}
