package reel.http;

/** If-Range (RFC 9110 §13.1.5): whether a Range may be honoured for the current representation. */
public final class IfRange {

    private IfRange() {
    }

    /**
     * True when the validator still describes the representation: an entity tag that matches
     * strongly (a weak tag never does), or an HTTP-date equal to Last-Modified. Anything else,
     * malformed values included, means the client's partial copy is stale: send the whole thing.
     */
    public static boolean permitsRange(String fieldValue, Representation representation) {
        String value = fieldValue.strip();
        if (value.startsWith("\"") || value.startsWith("W/")) {
            return EntityTagList.parseSingle(value)
                    .map(tag -> tag.matchesStrongly(representation.etag()))
                    .orElse(false);
        }
        return HttpDate.parse(value)
                .map(date -> date.equals(representation.lastModifiedSecond()))
                .orElse(false);
    }
}
