package reel.subtitle;

import java.util.Objects;
import java.util.Optional;
import reel.http.EntityTag;
import reel.media.MediaFile;

/** What {@link SubtitleServlet} answers for a subtitle URL, decided by {@link SubtitleReplies}. */
public sealed interface SubtitleReply permits SubtitleReply.Convert, SubtitleReply.NotModified, SubtitleReply.Refused,
        SubtitleReply.Hidden {

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

    /**
     * Not served: 412 when If-Match or If-Unmodified-Since failed (RFC 9110 §13.1.1, §13.1.4); 404 for a
     * file that is missing, hidden, outside the library, a folder or not a {@code .vtt}/{@code .srt}, all
     * alike, and for one too large to convert (the player can do nothing else with it), with a warning
     * for the log that says why.
     */
    record Refused(int status, Optional<MediaFile> tooLarge) implements SubtitleReply {
        public Refused {
            Objects.requireNonNull(tooLarge, "tooLarge");
        }

        static Refused notFound() {
            return new Refused(404, Optional.empty());
        }

        static Refused preconditionFailed() {
            return new Refused(412, Optional.empty());
        }

        static Refused tooLarge(MediaFile file) {
            return new Refused(404, Optional.of(file));
        }

        /** What the log says of a file too large to convert. */
        public Optional<String> warning() {
            return tooLarge.map(file -> "subtitle file " + file.path() + " has " + file.size() + " bytes, more than the "
                    + SubtitleReplies.MAX_SUBTITLE_BYTES + " reel converts");
        }
    }

    /**
     * 404 for a subtitle file that is there but that a link puts where the viewer may not enter (folders per
     * role): answered as a missing file is, and counted as a refusal.
     */
    record Hidden() implements SubtitleReply {

        @Override
        public int status() {
            return 404;
        }
    }
}
