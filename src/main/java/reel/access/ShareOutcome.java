package reel.access;

import java.time.Instant;
import java.util.Objects;

/** What a request to make a share link gets; each case is one answer with its own status. */
public sealed interface ShareOutcome permits ShareOutcome.Made, ShareOutcome.SharingOff, ShareOutcome.CrossSite,
        ShareOutcome.NotAllowed, ShareOutcome.NoSuchVideo, ShareOutcome.BadDuration {

    int status();

    /**
     * The link: {@code origin} (where the form was posted from, so the link works where the user is),
     * the video's library path and the token for it, valid until {@code expiry}.
     */
    record Made(String origin, String path, String token, Instant expiry) implements ShareOutcome {
        public Made {
            Objects.requireNonNull(origin, "origin");
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(token, "token");
            Objects.requireNonNull(expiry, "expiry");
        }

        @Override
        public int status() {
            return 200;
        }
    }

    /** No {@code share.secret}: 404, as for any address reel does not have, as before sharing existed. */
    record SharingOff() implements ShareOutcome {
        @Override
        public int status() {
            return 404;
        }
    }

    /** Posted from another site, or without Origin and Referer: 403, nothing made. */
    record CrossSite() implements ShareOutcome {
        @Override
        public int status() {
            return 403;
        }
    }

    /** Nobody signed in, or the user lacks {@code share.role}: 403. */
    record NotAllowed() implements ShareOutcome {
        @Override
        public int status() {
            return 403;
        }
    }

    /** No video at that path, or one in a folder the user may not see: 404, as for a missing file. */
    record NoSuchVideo() implements ShareOutcome {
        @Override
        public int status() {
            return 404;
        }
    }

    /** A duration that is not whole seconds from one hour to {@code share.max-age}: 400. */
    record BadDuration() implements ShareOutcome {
        @Override
        public int status() {
            return 400;
        }
    }
}
