package reel.http;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/** Chooses the {@link Reply} for a GET or HEAD: preconditions first, then If-Range, then Range. */
public final class Replies {

    private Replies() {
    }

    /** Decides with a fresh random multipart boundary and at most {@link RangeHeader#DEFAULT_MAX_RANGES} ranges. */
    public static Reply decide(RequestHeaders headers, Representation representation) {
        return decide(headers, representation, RangeHeader.DEFAULT_MAX_RANGES);
    }

    /** Decides with a fresh random multipart boundary; more than {@code maxRanges} ranges answer 416. */
    public static Reply decide(RequestHeaders headers, Representation representation, int maxRanges) {
        return decide(headers, representation, maxRanges, Replies::randomBoundary);
    }

    public static Reply decide(RequestHeaders headers, Representation representation, Supplier<String> boundary) {
        return decide(headers, representation, RangeHeader.DEFAULT_MAX_RANGES, boundary);
    }

    public static Reply decide(RequestHeaders headers, Representation representation, int maxRanges,
            Supplier<String> boundary) {
        Precondition precondition = Preconditions.evaluate(headers, representation);
        if (precondition == Precondition.FAILED) {
            return new Reply.PreconditionFailed();
        }
        if (precondition == Precondition.NOT_MODIFIED) {
            return new Reply.NotModified();
        }
        RangeRequest rangeRequest = isRangeHonoured(headers, representation)
                ? RangeHeader.evaluate(headers.range(), representation.length(), maxRanges)
                : new RangeRequest.Whole();
        return fromRange(rangeRequest, representation, boundary);
    }

    /** §13.1.5: If-Range only matters with a Range; without If-Range a Range is always considered. */
    static boolean isRangeHonoured(RequestHeaders headers, Representation representation) {
        return headers.range().isPresent()
                && headers.ifRange().map(value -> IfRange.permitsRange(value, representation)).orElse(true);
    }

    private static Reply fromRange(RangeRequest rangeRequest, Representation representation,
            Supplier<String> boundary) {
        if (rangeRequest instanceof RangeRequest.Satisfiable satisfiable) {
            List<ByteRange> ranges = satisfiable.ranges();
            return ranges.size() == 1
                    ? new Reply.Partial(ranges.get(0))
                    : new Reply.Multipart(ranges, boundary.get());
        }
        if (rangeRequest instanceof RangeRequest.Unsatisfiable) {
            return new Reply.RangeNotSatisfiable(representation.length());
        }
        return new Reply.Full();
    }

    /** 32 hex digits: a boundary that the bytes of a part cannot be expected to contain. */
    static String randomBoundary() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return String.format("%016x%016x", random.nextLong(), random.nextLong());
    }
}
