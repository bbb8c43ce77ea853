package reel.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import reel.media.LibraryPath;

class RankingTest {

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', emptyValue = "", textBlock = """
            # whole word, then start of a word, then inside one; shorter names first among equals
            cafe       | Nescafe;Cafeteria;Café au lait;Cafe;Le Café      | Cafe;Le Café;Café au lait;Cafeteria;Nescafe
            # every word counts, and the weakest decides first
            ep 1       | Ep 10;Ep 1;Deep 1;Ep 21;Episode 1                | Ep 1;Ep 10;Episode 1;Ep 21;Deep 1
            # every word must be in the name, in any order
            cafe paris | Café de Paris;Paris;Café;Paris Café Society      | Café de Paris;Paris Café Society
            paris cafe | Café de Paris;Paris;Café;Paris Café Society      | Café de Paris;Paris Café Society
            # equal scores: natural order, so Ep 2 before Ep 10 where lengths agree
            ep         | Ep 9;Ep 2;Ep 1                                   | Ep 1;Ep 2;Ep 9
            # accents and case never matter
            ÉTÉ        | Summer;Été 2020;ete                              | ete;Été 2020
            strasse    | Hauptstraße;Straße;Strasse 2                     | Straße;Strasse 2;Hauptstraße
            # apostrophes are left out
            its        | Spits;It's Alive;Its                             | Its;It's Alive;Spits
            # nothing matches
            xyz        | Cafe;Paris                                       | ''
            """)
    void ranksNames(String typed, String names, String ranked) {
        Ranking ranking = new Ranking(Query.parse(Optional.of(typed)));
        List<Ranking.Candidate> candidates = Arrays.stream(names.split(";"))
                .flatMap(name -> ranking.score(Words.searchText(name))
                        .map(score -> new Ranking.Candidate(score, LibraryPath.ROOT, new Entry(name, "", 0, 0)))
                        .stream())
                .sorted(Ranking.BEST_FIRST).toList();

        assertEquals(ranked.isEmpty() ? List.of() : List.of(ranked.split(";")),
                candidates.stream().map(candidate -> candidate.entry().name()).toList());
    }

    @ParameterizedTest(name = "{0} in \"{1}\": {2}")
    @CsvSource(delimiter = '|', textBlock = """
            cafe  | Le Café        | WHOLE_WORD
            caf   | Le Café        | START_OF_WORD
            afe   | Le Café        | INSIDE_WORD
            1     | Ep 1           | WHOLE_WORD
            1     | Ep 10          | START_OF_WORD
            1     | Ep 21          | INSIDE_WORD
            """)
    void aWordMatchesWholeAtItsStartOrInside(String word, String name, Ranking.Match match) {
        Ranking ranking = new Ranking(Query.parse(Optional.of(word)));

        assertEquals(match, ranking.score(Words.searchText(name)).orElseThrow().weakest());
    }
}
