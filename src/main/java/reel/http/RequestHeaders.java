package reel.http;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The request fields that the protocol decisions read, copied out of whatever carries them. A field
 * sent on several lines is joined with commas (§5.3), which makes a repeated singleton field such
 * as Range or If-Modified-Since invalid, and so ignored, as §13.1.3 asks.
 */
public record RequestHeaders(
        Optional<String> range,
        Optional<String> ifRange,
        Optional<String> ifMatch,
        Optional<String> ifNoneMatch,
        Optional<String> ifModifiedSince,
        Optional<String> ifUnmodifiedSince) {

    /** No conditional or range fields at all. */
    public static final RequestHeaders NONE = new RequestHeaders(
            Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty());

    /** @param fieldLines every value sent for a field name, in order; an empty list when absent */
    public static RequestHeaders from(Function<String, List<String>> fieldLines) {
        Function<String, Optional<String>> field = name -> {
            List<String> lines = fieldLines.apply(name);
            return lines.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", lines));
        };
        return new RequestHeaders(
                field.apply("Range"),
                field.apply("If-Range"),
                field.apply("If-Match"),
                field.apply("If-None-Match"),
                field.apply("If-Modified-Since"),
                field.apply("If-Unmodified-Since"));
    }
}
