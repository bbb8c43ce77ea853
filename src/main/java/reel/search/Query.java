package reel.search;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What someone searched for: the text as typed, for showing back, and its folded words, every one of
 * which a name must contain. Long input is cut rather than refused: {@value #MAX_LENGTH} characters and
 * {@value #MAX_WORDS} distinct words are more than any name needs, and they bound the work of one search.
 */
public record Query(String text, List<String> words) {

    public static final int MAX_LENGTH = 200;
    public static final int MAX_WORDS = 8;

    public Query {
        Objects.requireNonNull(text, "text");
        words = List.copyOf(words);
        if (words.size() > MAX_WORDS) {
            throw new IllegalArgumentException("more than " + MAX_WORDS + " words: " + words);
        }
    }

    /** The {@code q} parameter as the container decoded it; absent, blank or only punctuation is an empty query. */
    public static Query parse(Optional<String> typed) {
        String text = typed.map(String::strip).orElse("");
        if (text.length() > MAX_LENGTH) {
            // Not inside a surrogate pair, so the text shown back stays valid.
            int end = Character.isLowSurrogate(text.charAt(MAX_LENGTH)) ? MAX_LENGTH - 1 : MAX_LENGTH;
            text = text.substring(0, end);
        }
        return new Query(text, Words.of(text).stream().distinct().limit(MAX_WORDS).toList());
    }

    /** Nothing to look for: the search page explains itself instead. */
    public boolean isEmpty() {
        return words.isEmpty();
    }
}
