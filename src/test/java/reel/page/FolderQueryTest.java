package reel.page;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import reel.media.LibraryPath;

/**
 * How a folder page's query is understood, and whether it is that view's one spelling; a request spelled
 * otherwise is redirected to the spelling (PageRepliesTest). Queries are written as in a URL.
 */
class FolderQueryTest {

    private static final Links LINKS = new Links("/reel");

    @ParameterizedTest(name = "?{0} is ?{1}, spelled so: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # the defaults
            ''                          | ''                           | true
            # pages: 1*DIGIT from 1; more digits than that is past the last page; anything else is the first page
            page=2                      | page=2                       | true
            page=999999999              | page=999999999               | true
            page=1                      | ''                           | false
            page=0                      | ''                           | false
            page=007                    | page=7                       | false
            page=1000000000             | page=2147483647              | false
            page=00000000000            | ''                           | false
            page=-1                     | ''                           | false
            page=+2                     | ''                           | false
            page=2.0                    | ''                           | false
            page=%202                   | ''                           | false
            page=abc                    | ''                           | false
            page=                       | ''                           | false
            page                        | ''                           | false
            page=2&page=3               | page=2                       | false
            # orders by their lower-case names; name is the default
            sort=newest                 | sort=newest                  | true
            sort=longest                | sort=longest                 | true
            sort=largest                | sort=largest                 | true
            sort=name                   | ''                           | false
            sort=NEWEST                 | ''                           | false
            sort=shortest               | ''                           | false
            # the filter's text as typed, as long as it has a word in it
            q=cafe                      | q=cafe                       | true
            q=Caf%C3%A9+au+lait         | q=Caf%C3%A9%20au%20lait      | true
            q=%20caf%C3%A9%20           | q=%20caf%C3%A9%20            | true
            q=a%26b%3Dc                 | q=a%26b%3Dc                  | true
            q=                          | ''                           | false
            q=+++                       | ''                           | false
            # all three, in one order; parameters reel does not use are no matter
            page=3&sort=newest&q=x      | q=x&sort=newest&page=3       | true
            sort=bogus&page=3&q=x       | q=x&page=3                   | false
            utm_source=mail&page=2      | page=2                       | true
            """)
    void understandsAQuery(String query, String understood, boolean spelledSo) {
        QueryParameters parameters = parameters(query);
        FolderQuery read = FolderQuery.read(parameters);

        assertEquals(understood.isEmpty() ? "/reel/" : "/reel/?" + understood, LINKS.folder(LibraryPath.ROOT, read));
        assertEquals(spelledSo, read.isSpelledBy(parameters));
    }

    @Test
    void filterTextLongerThanAnyNameIsDropped() {
        String longest = "a".repeat(FolderQuery.MAX_FILTER_LENGTH);

        assertEquals("/reel/?q=" + longest, LINKS.folder(LibraryPath.ROOT, FolderQuery.read(parameters("q=" + longest))));
        assertEquals("/reel/", LINKS.folder(LibraryPath.ROOT, FolderQuery.read(parameters("q=" + longest + "a"))));
    }

    @Test
    void anotherOrderOrNoFilterStartsAtTheFirstPageAndKeepsTheRest() {
        FolderQuery query = FolderQuery.read(parameters("q=ep&sort=newest&page=4"));

        assertEquals("/reel/browse/a%20b/?q=ep&sort=largest", LINKS.folder(folder(), query.sortedBy(reel.media.VideoOrder.LARGEST)));
        assertEquals("/reel/browse/a%20b/?q=ep", LINKS.folder(folder(), query.sortedBy(reel.media.VideoOrder.NAME)));
        assertEquals("/reel/browse/a%20b/?sort=newest", LINKS.folder(folder(), query.unfiltered()));
        assertEquals("/reel/browse/a%20b/?q=ep&sort=newest&page=5", LINKS.folder(folder(), query.onPage(5)));
    }

    private static LibraryPath folder() {
        return LibraryPath.ROOT.child("a b");
    }

    /** As the container decodes a query string: {@code +} is a space, each name with its values in order. */
    static QueryParameters parameters(String query) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (String pair : query.isEmpty() ? new String[0] : query.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            values.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
        }
        return new QueryParameters(values);
    }
}
