package reel.media;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Which names a filter box's text finds: every word of it somewhere in the name, ignoring case and
 * accents, so {@code cafe} finds {@code Café} and {@code ep 1} finds {@code Ep 10}. This is the rule of
 * the filter in reel.js, folding included ({@link Folding#LIKE_THE_BROWSER}), so a folder filtered in the
 * browser and one filtered by the server find the same names.
 */
public record NameFilter(List<String> words) {

    /** No words: every name. */
    public static final NameFilter EVERYTHING = new NameFilter(List.of());
    // Unicode white space, as JavaScript's \s (Java's own \s is ASCII only).
    private static final Pattern SPACES = Pattern.compile("(?U)\\s+");
    private static final Folding FOLDING = Folding.LIKE_THE_BROWSER;

    public NameFilter {
        words = List.copyOf(words);
        for (String word : words) {
            if (word.isEmpty() || SPACES.matcher(word).find()) {
                throw new IllegalArgumentException("not a word: \"" + word + "\"");
            }
        }
    }

    /** The words of {@code text}, folded; blank text finds everything. */
    public static NameFilter of(String text) {
        return new NameFilter(Arrays.stream(SPACES.split(FOLDING.fold(text))).filter(word -> !word.isEmpty()).toList());
    }

    public boolean findsEverything() {
        return words.isEmpty();
    }

    public boolean matches(String name) {
        if (words.isEmpty()) {
            return true;
        }
        String folded = FOLDING.fold(name);
        return words.stream().allMatch(folded::contains);
    }
}
