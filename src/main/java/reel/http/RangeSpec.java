package reel.http;

import java.util.Optional;

/** One syntactically valid range-spec of §14.1.1, not yet resolved against a length. */
sealed interface RangeSpec permits RangeSpec.FromTo, RangeSpec.From, RangeSpec.Suffix {

    /** The satisfiable byte range this spec selects, or empty when it selects nothing. */
    Optional<ByteRange> resolve(long completeLength);

    /** {@code first-last}. */
    record FromTo(long first, long last) implements RangeSpec {
        @Override
        public Optional<ByteRange> resolve(long completeLength) {
            // §14.1.2: a last-pos at or past the end means "through the end".
            return first < completeLength
                    ? Optional.of(new ByteRange(first, Math.min(last, completeLength - 1)))
                    : Optional.empty();
        }
    }

    /** {@code first-}: from first to the end (what browsers send when they start playing). */
    record From(long first) implements RangeSpec {
        @Override
        public Optional<ByteRange> resolve(long completeLength) {
            return first < completeLength
                    ? Optional.of(new ByteRange(first, completeLength - 1))
                    : Optional.empty();
        }
    }

    /** {@code -suffixLength}: the last suffixLength bytes. */
    record Suffix(long suffixLength) implements RangeSpec {
        @Override
        public Optional<ByteRange> resolve(long completeLength) {
            // §14.1.3: -0 selects nothing; a suffix longer than the representation selects all of it.
            return suffixLength == 0
                    ? Optional.empty()
                    : Optional.of(new ByteRange(Math.max(0, completeLength - suffixLength), completeLength - 1));
        }
    }

    static Optional<RangeSpec> parse(String spec) {
        int dash = spec.indexOf('-');
        if (dash < 0) {
            return Optional.empty();
        }
        String before = spec.substring(0, dash);
        String after = spec.substring(dash + 1);
        if (before.isEmpty()) {
            return RangeHeader.parseDigits(after).map(Suffix::new);
        }
        Optional<Long> first = RangeHeader.parseDigits(before);
        if (first.isEmpty()) {
            return Optional.empty();
        }
        if (after.isEmpty()) {
            return Optional.of(new From(first.get()));
        }
        // §14.1.1: a range whose last-pos is less than its first-pos is invalid (compared before saturating).
        return RangeHeader.parseDigits(after)
                .filter(last -> !RangeHeader.isBelow(after, before))
                .map(last -> new FromTo(first.get(), last));
    }
}
