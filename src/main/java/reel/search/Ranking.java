package reel.search;

import java.util.Comparator;
import java.util.Optional;
import reel.media.LibraryPath;
import reel.media.NaturalOrder;

/**
 * How well a name matches a query, and so the order of hits. Each word of the query is found in the
 * name's words as a whole word, at the start of a word, or inside one; a name matches only when every
 * word is found. Hits are ordered by their weakest word (names where every word is whole come first),
 * then by all their words together (more whole words first), then shorter names first (more of the name
 * is what was asked for), then by name and by folder in {@link NaturalOrder}, so the order is total.
 */
final class Ranking {

    /** In rank order: a whole word beats the start of one, which beats a match inside one. */
    enum Match {
        WHOLE_WORD, START_OF_WORD, INSIDE_WORD
    }

    /** @param length of the name's words, spaces included: shorter is better */
    record Score(Match weakest, int total, int length) {

        static final Comparator<Score> BEST_FIRST = Comparator.comparing(Score::weakest)
                .thenComparingInt(Score::total).thenComparingInt(Score::length);
    }

    /** A name that matched, with the folder it is in. */
    record Candidate(Score score, LibraryPath folder, Entry entry) {

        LibraryPath path() {
            return folder.child(entry.name());
        }
    }

    /** Folder by folder in {@link NaturalOrder}, a folder before those inside it; makes no strings, unlike toString. */
    static final Comparator<LibraryPath> FOLDER_ORDER = (left, right) -> {
        int common = Math.min(left.segments().size(), right.segments().size());
        for (int i = 0; i < common; i++) {
            int order = NaturalOrder.INSTANCE.compare(left.segments().get(i), right.segments().get(i));
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(left.segments().size(), right.segments().size());
    };

    static final Comparator<Candidate> BEST_FIRST = Comparator.comparing(Candidate::score, Score.BEST_FIRST)
            .thenComparing(candidate -> candidate.entry().name(), NaturalOrder.INSTANCE)
            .thenComparing(Candidate::folder, FOLDER_ORDER);

    private static final Optional<Match> WHOLE = Optional.of(Match.WHOLE_WORD);
    private static final Optional<Match> START = Optional.of(Match.START_OF_WORD);
    private static final Optional<Match> INSIDE = Optional.of(Match.INSIDE_WORD);

    private final String[] words;

    Ranking(Query query) {
        words = query.words().toArray(String[]::new);
    }

    /** The score of a name's words (as {@link Words#searchText} makes them); empty unless every word is in it. */
    Optional<Score> score(String searchText) {
        Match weakest = Match.WHOLE_WORD;
        int total = 0;
        for (String word : words) {
            Optional<Match> match = match(searchText, word);
            if (match.isEmpty()) {
                return Optional.empty();
            }
            weakest = match.get().compareTo(weakest) > 0 ? match.get() : weakest;
            total += match.get().ordinal();
        }
        return Optional.of(new Score(weakest, total, searchText.length()));
    }

    /**
     * The best place {@code word} is found in one pass over the text. The text starts and ends with a space
     * and a word holds none, so the characters either side of any place it is found are there to look at.
     */
    private static Optional<Match> match(String searchText, String word) {
        int at = searchText.indexOf(word);
        if (at < 0) {
            return Optional.empty();
        }
        Match best = Match.INSIDE_WORD;
        for (; at >= 0; at = searchText.indexOf(word, at + 1)) {
            if (searchText.charAt(at - 1) == ' ') {
                if (searchText.charAt(at + word.length()) == ' ') {
                    return WHOLE;
                }
                best = Match.START_OF_WORD;
            }
        }
        return best == Match.START_OF_WORD ? START : INSIDE;
    }
}
