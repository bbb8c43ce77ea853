package reel.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The value of If-Match or If-None-Match (RFC 9110 §13.1.1, §13.1.2): either {@code *} or a list
 * of entity tags.
 */
public record EntityTagList(boolean anyTag, List<EntityTag> tags) {

    public EntityTagList {
        tags = List.copyOf(tags);
    }

    /** §13.1.1: {@code *} matches any current representation; otherwise the strong comparison. */
    public boolean matchesStrongly(EntityTag current) {
        return anyTag || tags.stream().anyMatch(tag -> tag.matchesStrongly(current));
    }

    /** §13.1.2: If-None-Match uses the weak comparison. */
    public boolean matchesWeakly(EntityTag current) {
        return anyTag || tags.stream().anyMatch(tag -> tag.matchesWeakly(current));
    }

    /** Parses {@code *} or {@code 1#entity-tag}; empty when the value is malformed. */
    public static Optional<EntityTagList> parse(String fieldValue) {
        String value = fieldValue.strip();
        if (value.equals("*")) {
            return Optional.of(new EntityTagList(true, List.of()));
        }
        List<EntityTag> tags = new ArrayList<>();
        int position = 0;
        while (position < value.length()) {
            char c = value.charAt(position);
            if (c == ',' || c == ' ' || c == '\t') {
                position++;
                continue;
            }
            int end = tagEnd(value, position);
            if (end < 0) {
                return Optional.empty();
            }
            tags.add(parseTag(value.substring(position, end)));
            position = end;
        }
        return tags.isEmpty() ? Optional.empty() : Optional.of(new EntityTagList(false, tags));
    }

    /** Parses a single entity-tag, as If-Range carries; empty when malformed. */
    public static Optional<EntityTag> parseSingle(String fieldValue) {
        String value = fieldValue.strip();
        return tagEnd(value, 0) == value.length() && !value.isEmpty()
                ? Optional.of(parseTag(value))
                : Optional.empty();
    }

    /** Index just past the entity-tag starting at {@code start}, or -1 when there is none. */
    private static int tagEnd(String value, int start) {
        int quote = value.startsWith("W/", start) ? start + 2 : start;
        if (quote >= value.length() || value.charAt(quote) != '"') {
            return -1;
        }
        for (int i = quote + 1; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                return i + 1;
            }
            if (!EntityTag.isEtagChar(c)) {
                return -1;
            }
        }
        return -1;
    }

    private static EntityTag parseTag(String tag) {
        boolean weak = tag.startsWith("W/");
        String quoted = weak ? tag.substring(2) : tag;
        return new EntityTag(quoted.substring(1, quoted.length() - 1), weak);
    }
}
