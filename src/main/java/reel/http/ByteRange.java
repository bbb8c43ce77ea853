package reel.http;

/**
 * An inclusive, satisfiable range of byte positions (RFC 9110 §14.1.2), already resolved against
 * the representation: {@code first <= last < completeLength}.
 */
public record ByteRange(long first, long last) {

    public ByteRange {
        if (first < 0 || last < first) {
            throw new IllegalArgumentException("not a byte range: " + first + "-" + last);
        }
    }

    public long length() {
        return last - first + 1;
    }

    /** §14.4: the Content-Range field value, e.g. {@code bytes 0-499/1234}. */
    public String contentRange(long completeLength) {
        return "bytes " + first + "-" + last + "/" + completeLength;
    }

    /** True when the two ranges overlap or touch, so one range can serve both. */
    boolean touches(ByteRange other) {
        return first <= other.last && other.first <= last
                || last + 1 == other.first || other.last + 1 == first;
    }

    ByteRange span(ByteRange other) {
        return new ByteRange(Math.min(first, other.first), Math.max(last, other.last));
    }

    @Override
    public String toString() {
        return first + "-" + last;
    }
}
