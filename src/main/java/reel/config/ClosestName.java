package reel.config;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The setting someone most likely meant by a name that is none, for a warning's "did you mean". Names
 * are compared as their letters alone, lower case without {@code .}, {@code -} and {@code _}, so that
 * {@code max-ranges}, {@code MAX_RANGES} and {@code maxranges} are one name. In order: the same letters;
 * else at most {@link #MOST_SLIPS} slips; else the same first word ({@code media.folder} means
 * {@code media.dir}). Each answers only when one setting alone fits: no guess beats a wrong one.
 */
final class ClosestName {

    /**
     * A letter missing, added, changed, or two swapped, twice over: {@code sndfil} is still {@code sendfile}.
     * Every setting has eight letters or more, so three slips would start to join unrelated names.
     */
    static final int MOST_SLIPS = 2;

    private static final String SEPARATORS = "[._-]";

    private ClosestName() {
    }

    /** The one name among {@code names} that {@code typed} most likely means, with neither carrying reel's prefix. */
    static Optional<String> among(List<String> names, String typed) {
        String letters = letters(typed);
        return only(names, name -> letters(name).equals(letters))
                .or(() -> nearest(names, letters))
                .or(() -> only(names, name -> firstWord(name).equals(firstWord(typed))));
    }

    /** The optimal string alignment distance: insertions, deletions, changes and swaps of neighbours. */
    static int slips(String typed, String name) {
        int[][] slips = new int[typed.length() + 1][name.length() + 1];
        for (int i = 0; i <= typed.length(); i++) {
            slips[i][0] = i;
        }
        for (int j = 0; j <= name.length(); j++) {
            slips[0][j] = j;
        }
        for (int i = 1; i <= typed.length(); i++) {
            for (int j = 1; j <= name.length(); j++) {
                int change = typed.charAt(i - 1) == name.charAt(j - 1) ? 0 : 1;
                int fewest = Math.min(slips[i - 1][j - 1] + change, Math.min(slips[i - 1][j], slips[i][j - 1]) + 1);
                boolean swapped = i > 1 && j > 1 && typed.charAt(i - 1) == name.charAt(j - 2)
                        && typed.charAt(i - 2) == name.charAt(j - 1);
                slips[i][j] = swapped ? Math.min(fewest, slips[i - 2][j - 2] + 1) : fewest;
            }
        }
        return slips[typed.length()][name.length()];
    }

    private static Optional<String> nearest(List<String> names, String letters) {
        int fewest = names.stream().mapToInt(name -> slips(letters, letters(name))).min().orElse(Integer.MAX_VALUE);
        if (fewest > MOST_SLIPS) {
            return Optional.empty();
        }
        return only(names, name -> slips(letters, letters(name)) == fewest);
    }

    private static Optional<String> only(List<String> names, Predicate<String> fits) {
        List<String> fitting = names.stream().filter(fits).toList();
        return fitting.size() == 1 ? Optional.of(fitting.get(0)) : Optional.empty();
    }

    private static String letters(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll(SEPARATORS, "");
    }

    private static String firstWord(String name) {
        return name.toLowerCase(Locale.ROOT).split(SEPARATORS, 2)[0];
    }
}
