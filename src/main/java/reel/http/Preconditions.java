package reel.http;

import java.time.Instant;
import java.util.Optional;

/**
 * Evaluates conditional request fields in the order of RFC 9110 §13.2.2, for GET and HEAD (the only
 * methods reel serves media for, so a matching If-None-Match always means 304, never 412).
 */
public final class Preconditions {

    private Preconditions() {
    }

    public static Precondition evaluate(RequestHeaders headers, Representation representation) {
        if (failsIfMatch(headers, representation) || failsIfUnmodifiedSince(headers, representation)) {
            return Precondition.FAILED;
        }
        if (isFresh(headers, representation)) {
            return Precondition.NOT_MODIFIED;
        }
        return Precondition.PROCEED;
    }

    /** §13.1.1: strong comparison; a malformed value matches nothing, which is the safe answer. */
    static boolean failsIfMatch(RequestHeaders headers, Representation representation) {
        return headers.ifMatch()
                .map(value -> EntityTagList.parse(value)
                        .map(list -> !list.matchesStrongly(representation.etag()))
                        .orElse(true))
                .orElse(false);
    }

    /** §13.2.2 step 2: only when If-Match is absent; an invalid date is ignored (§13.1.4). */
    static boolean failsIfUnmodifiedSince(RequestHeaders headers, Representation representation) {
        if (headers.ifMatch().isPresent()) {
            return false;
        }
        return validDate(headers.ifUnmodifiedSince())
                .map(date -> representation.lastModifiedSecond().isAfter(date))
                .orElse(false);
    }

    /**
     * §13.1.2 and §13.1.3: If-None-Match (weak comparison) decides when present; otherwise
     * If-Modified-Since, true when the representation has not changed since that date.
     */
    static boolean isFresh(RequestHeaders headers, Representation representation) {
        if (headers.ifNoneMatch().isPresent()) {
            return headers.ifNoneMatch()
                    .flatMap(EntityTagList::parse)
                    .map(list -> list.matchesWeakly(representation.etag()))
                    .orElse(false);
        }
        return validDate(headers.ifModifiedSince())
                .map(date -> !representation.lastModifiedSecond().isAfter(date))
                .orElse(false);
    }

    private static Optional<Instant> validDate(Optional<String> fieldValue) {
        return fieldValue.flatMap(HttpDate::parse);
    }
}
