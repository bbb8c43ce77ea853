package reel.metrics;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/** Requests reel's access settings turned away, by reason, for {@code reel_access_refusals_total}. */
public final class AccessRefusals {

    /** Why a request was turned away; the label is the reason's name in lower case. */
    public enum Reason {
        /** Nobody signed in; the authenticator asked (401). */
        SIGN_IN,
        /** Signed in without {@code access.role} (403). */
        FORBIDDEN,
        /** A URL under a folder the user's roles do not open, or leading into one through a symbolic link (404). */
        HIDDEN_FOLDER,
        /** A share link altered, expired or used on another file (403). */
        SHARE_INVALID;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final Map<Reason, LongAdder> counts = new EnumMap<>(Reason.class);

    public AccessRefusals() {
        for (Reason reason : Reason.values()) {
            counts.put(reason, new LongAdder());
        }
    }

    public void count(Reason reason) {
        counts.get(reason).increment();
    }

    /** Every reason, in declaration order, with its count so far (zero included, so a rate starts at once). */
    public Map<Reason, Long> snapshot() {
        Map<Reason, Long> snapshot = new EnumMap<>(Reason.class);
        counts.forEach((reason, count) -> snapshot.put(reason, count.sum()));
        return snapshot;
    }
}
