package reel.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTML written in reel's source with named holes, {@code <h1>{title}</h1>}, filled with {@link Markup}
 * only, so text is escaped on its way in. A hole may appear more than once. Filling is strict: a hole
 * left unfilled or a name the template lacks throws, and so does a brace that is not a hole, so a typo
 * fails the page's tests instead of leaving {@code {titel}} on a page.
 */
final class Template {

    private static final Pattern HOLE = Pattern.compile("\\{([a-z][A-Za-z0-9]*)}");

    /** The markup around the holes: one more piece than there are holes, the first before any. */
    private final List<String> pieces = new ArrayList<>();
    private final List<String> holes = new ArrayList<>();
    private final Set<String> names;

    Template(String source) {
        Matcher hole = HOLE.matcher(source);
        int end = 0;
        while (hole.find()) {
            pieces.add(piece(source, end, hole.start()));
            holes.add(hole.group(1));
            end = hole.end();
        }
        pieces.add(piece(source, end, source.length()));
        names = Set.copyOf(holes);
    }

    /** The template with every hole filled; {@code Map.of} is the usual argument and refuses nulls and repeats. */
    Markup fill(Map<String, Markup> fillings) {
        refuseAny(difference(names, fillings.keySet()), "unfilled holes ");
        refuseAny(difference(fillings.keySet(), names), "no holes named ");
        StringBuilder html = new StringBuilder(pieces.get(0));
        for (int i = 0; i < holes.size(); i++) {
            html.append(fillings.get(holes.get(i)).html()).append(pieces.get(i + 1));
        }
        return new Markup(html.toString());
    }

    private static String piece(String source, int start, int end) {
        String piece = source.substring(start, end);
        if (piece.indexOf('{') >= 0 || piece.indexOf('}') >= 0) {
            throw new IllegalArgumentException("a brace that is not a {hole} in: " + piece);
        }
        return piece;
    }

    private static Set<String> difference(Set<String> names, Set<String> without) {
        Set<String> difference = new TreeSet<>(names);
        difference.removeAll(without);
        return difference;
    }

    private static void refuseAny(Set<String> names, String problem) {
        if (!names.isEmpty()) {
            throw new IllegalArgumentException(problem + names);
        }
    }
}
