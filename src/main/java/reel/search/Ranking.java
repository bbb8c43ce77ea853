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

    static final Comparator<Candidate> BEST_FIRST = Comparator.comparing(Candidate::score, Score.BEST_FIRST)
            .thenComparing(candidate -> candidate.entry().name(), NaturalOrder.INSTANCE)
            .thenComparing(candidate -> candidate.folder().toString(), NaturalOrder.INSTANCE);

    private final String[] words;
    private final String[] wholeWords;
    private final String[] wordStarts;

    Ranking(Query query) {
        words = query.words().toArray(String[]::new);
        wholeWords = query.words().stream().map(word -> " " + word + " ").toArray(String[]::new);
        wordStarts = query.words().stream().map(word -> " " + word).toArray(String[]::new);
    }

    /** The score of a name's words (as {@link Words#searchText} makes them); empty unless every word is in it. */
    Optional<Score> score(String searchText) {
        Match weakest = Match.WHOLE_WORD;
        int total = 0;
        for (int i = 0; i < words.length; i++) {
            // Most names hold none of the words: one indexOf turns them away.
            if (searchText.indexOf(words[i]) < 0) {
                return Optional.empty();
            }
            Match match = searchText.contains(wholeWords[i]) ? Match.WHOLE_WORD
                    : searchText.contains(wordStarts[i]) ? Match.START_OF_WORD : Match.INSIDE_WORD;
            weakest = match.compareTo(weakest) > 0 ? match : weakest;
            total += match.ordinal();
        }
        return Optional.of(new Score(weakest, total, searchText.length()));
    }
}
