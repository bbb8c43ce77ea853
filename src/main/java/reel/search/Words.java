package reel.search;

import java.util.ArrayList;
import java.util.List;
import reel.media.Folding;

/**
 * Splits folded text into words: runs of letters, digits and marks; everything else separates words,
 * except apostrophes, which join ({@code It's} is the one word {@code its}, as people type it).
 * {@code Ep_02-Final.cut} is {@code ep 02 final cut}; a name in a script without spaces, such as
 * {@code 日本語}, is one word, found by any part of it.
 */
final class Words {

    private static final String APOSTROPHES = "'\u2019\u02bc\u2018`";

    private Words() {
    }

    /**
     * The words of a name, folded, one space between each and one at both ends ({@code " cafe au lait "}),
     * so that a whole word is found as {@code " word "} and a word's start as {@code " wor"}.
     */
    static String searchText(String name) {
        return " " + String.join(" ", of(name)) + " ";
    }

    /** The folded words of {@code text}, in order; none when it has no letters or digits. */
    static List<String> of(String text) {
        String folded = Folding.SEARCH.fold(text);
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < folded.length(); ) {
            int codePoint = folded.codePointAt(i);
            i += Character.charCount(codePoint);
            if (isPartOfWord(codePoint)) {
                word.appendCodePoint(codePoint);
            } else if (APOSTROPHES.indexOf(codePoint) < 0 && word.length() > 0) {
                words.add(word.toString());
                word.setLength(0);
            }
        }
        if (word.length() > 0) {
            words.add(word.toString());
        }
        return words;
    }

    private static boolean isPartOfWord(int codePoint) {
        int type = Character.getType(codePoint);
        return Character.isLetterOrDigit(codePoint) || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }
}
