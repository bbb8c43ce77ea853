package reel.http;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Evaluates a {@code Range} field value (RFC 9110 §14.2) against a representation's length. One pure
 * function with three distinct answers: ignore the header, nothing satisfiable, or these ranges.
 */
public final class RangeHeader {

    /**
     * §14.1.1 lets a server refuse requests of many small ranges; more than this many, after
     * coalescing, answer 416 rather than a response that multiplies the file. The setting
     * {@code reel.max-ranges} replaces it.
     */
    public static final int DEFAULT_MAX_RANGES = 16;

    /** Numbers above this saturate rather than wrap. */
    private static final String LONG_MAX_DIGITS = Long.toString(Long.MAX_VALUE);

    private static final String BYTES_UNIT = "bytes";

    private RangeHeader() {
    }

    public static RangeRequest evaluate(Optional<String> fieldValue, long completeLength) {
        return evaluate(fieldValue, completeLength, DEFAULT_MAX_RANGES);
    }

    public static RangeRequest evaluate(Optional<String> fieldValue, long completeLength, int maxRanges) {
        return fieldValue.map(value -> evaluate(value, completeLength, maxRanges)).orElseGet(RangeRequest.Whole::new);
    }

    public static RangeRequest evaluate(String fieldValue, long completeLength) {
        return evaluate(fieldValue, completeLength, DEFAULT_MAX_RANGES);
    }

    /** @param maxRanges at least 1: more ranges than this after coalescing are unsatisfiable */
    public static RangeRequest evaluate(String fieldValue, long completeLength, int maxRanges) {
        if (maxRanges < 1) {
            throw new IllegalArgumentException("maxRanges " + maxRanges);
        }
        // §14.2: a server MAY ignore Range; an empty representation has nothing to range over.
        if (completeLength == 0) {
            return new RangeRequest.Whole();
        }
        Optional<List<RangeSpec>> specs = parse(fieldValue);
        if (specs.isEmpty()) {
            return new RangeRequest.Whole();
        }
        List<ByteRange> satisfiable = new ArrayList<>();
        for (RangeSpec spec : specs.get()) {
            spec.resolve(completeLength).ifPresent(satisfiable::add);
        }
        if (satisfiable.isEmpty()) {
            return new RangeRequest.Unsatisfiable();
        }
        List<ByteRange> coalesced = coalesce(satisfiable);
        if (coalesced.size() > maxRanges) {
            return new RangeRequest.Unsatisfiable();
        }
        return new RangeRequest.Satisfiable(coalesced);
    }

    /** §14.1.1 syntax; empty when the unit is not bytes or any part is malformed. */
    static Optional<List<RangeSpec>> parse(String fieldValue) {
        int equals = fieldValue.indexOf('=');
        if (equals < 0 || !fieldValue.substring(0, equals).equalsIgnoreCase(BYTES_UNIT)) {
            return Optional.empty();
        }
        List<RangeSpec> specs = new ArrayList<>();
        for (String element : fieldValue.substring(equals + 1).split(",", -1)) {
            String trimmed = trimOptionalWhitespace(element);
            if (trimmed.isEmpty()) {
                continue; // §5.6.1: empty list elements are allowed and do not count
            }
            Optional<RangeSpec> spec = RangeSpec.parse(trimmed);
            if (spec.isEmpty()) {
                return Optional.empty();
            }
            specs.add(spec.get());
        }
        return specs.isEmpty() ? Optional.empty() : Optional.of(specs);
    }

    /**
     * Merges overlapping or adjacent ranges (§14.1.1 allows a server to coalesce them) and keeps the
     * order they were asked in, as §15.3.7.2 says a server should: a merged range takes the place of
     * the first of its parts that was asked for.
     */
    static List<ByteRange> coalesce(List<ByteRange> ranges) {
        List<Integer> byStart = new ArrayList<>();
        for (int i = 0; i < ranges.size(); i++) {
            byStart.add(i);
        }
        byStart.sort(Comparator.comparingLong(i -> ranges.get(i).first()));
        // Merged spans, each with the request position of its earliest part.
        List<ByteRange> spans = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        for (int index : byStart) {
            ByteRange range = ranges.get(index);
            int last = spans.size() - 1;
            if (last >= 0 && spans.get(last).touches(range)) {
                spans.set(last, spans.get(last).span(range));
                positions.set(last, Math.min(positions.get(last), index));
            } else {
                spans.add(range);
                positions.add(index);
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt(positions::get));
        return order.stream().map(spans::get).toList();
    }

    private static String trimOptionalWhitespace(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isOptionalWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && isOptionalWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean isOptionalWhitespace(char c) {
        return c == ' ' || c == '\t';
    }

    /**
     * 1*DIGIT as a long; empty for a sign, a space or no digits. §14.1.1 puts no limit on the digits: a
     * number larger than a long is a position past the end of any file, so it saturates at
     * {@link Long#MAX_VALUE} (a first-pos there is unsatisfiable, a last-pos or suffix-length takes the
     * whole file) rather than making the header malformed.
     */
    static Optional<Long> parseDigits(String text) {
        if (!isDigits(text)) {
            return Optional.empty();
        }
        String significant = significant(text);
        return Optional.of(exceedsLong(significant) ? Long.MAX_VALUE : Long.parseLong(significant));
    }

    /** Whether the 1*DIGIT {@code last} is below {@code first}, compared exactly, however many digits either has. */
    static boolean isBelow(String last, String first) {
        String a = significant(last);
        String b = significant(first);
        return a.length() != b.length() ? a.length() < b.length() : a.compareTo(b) < 0;
    }

    private static boolean isDigits(String text) {
        return !text.isEmpty() && text.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static String significant(String digits) {
        int start = 0;
        while (start < digits.length() - 1 && digits.charAt(start) == '0') {
            start++;
        }
        return digits.substring(start);
    }

    private static boolean exceedsLong(String significant) {
        return significant.length() > LONG_MAX_DIGITS.length()
                || significant.length() == LONG_MAX_DIGITS.length() && significant.compareTo(LONG_MAX_DIGITS) > 0;
    }
}
