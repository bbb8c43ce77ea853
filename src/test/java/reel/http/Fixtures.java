package reel.http;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** A representation and the header values that relate to it, named by their relation. */
final class Fixtures {

    static final Instant MODIFIED = Instant.parse("2024-05-01T10:00:00.250Z");
    static final Representation FILE = new Representation(10_000, MODIFIED, EntityTag.of(10_000, MODIFIED));

    private Fixtures() {
    }

    /** Turns a relation word into a field value; "-" means the field is absent. */
    static Optional<String> value(String relation) {
        String etag = FILE.etag().toString();
        String value = switch (relation) {
            case "-" -> null;
            case "etag" -> etag;
            case "other" -> "\"something-else\"";
            case "weak" -> "W/" + etag;
            case "star" -> "*";
            case "list" -> "\"a\", " + etag + ", \"b\"";
            case "malformed" -> "no-quotes";
            case "earlier" -> HttpDate.format(MODIFIED.minus(Duration.ofHours(1)));
            case "same" -> HttpDate.format(MODIFIED);
            case "later" -> HttpDate.format(MODIFIED.plus(Duration.ofHours(1)));
            case "secondBefore" -> HttpDate.format(MODIFIED.minusSeconds(1));
            case "invalid" -> "yesterday";
            default -> relation;
        };
        return Optional.ofNullable(value);
    }

    static RequestHeaders headers(String range, String ifRange, String ifMatch, String ifNoneMatch,
            String ifModifiedSince, String ifUnmodifiedSince) {
        return new RequestHeaders(value(range), value(ifRange), value(ifMatch), value(ifNoneMatch),
                value(ifModifiedSince), value(ifUnmodifiedSince));
    }
}
