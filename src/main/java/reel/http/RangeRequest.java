package reel.http;

import java.util.List;

/** What a Range header asks of a representation, once evaluated against its length. */
public sealed interface RangeRequest permits RangeRequest.Whole, RangeRequest.Satisfiable, RangeRequest.Unsatisfiable {

    /** No Range header, or one we ignore (§14.2 lets a server ignore it): send the whole representation. */
    record Whole() implements RangeRequest {
    }

    /** One or more ranges to send, coalesced, in the order they were asked for; never empty. */
    record Satisfiable(List<ByteRange> ranges) implements RangeRequest {
        public Satisfiable {
            ranges = List.copyOf(ranges);
            if (ranges.isEmpty()) {
                throw new IllegalArgumentException("a satisfiable request has at least one range");
            }
        }
    }

    /** A valid request of which no range can be served (§15.5.17): 416. */
    record Unsatisfiable() implements RangeRequest {
    }
}
