package reel.page;

import java.util.Optional;
import java.util.function.Function;
import reel.search.Query;
import reel.search.SearchResults;

/** Decides the answer to {@code /search?q=}: the query parsed, the index asked, the page made. */
public final class SearchReplies {

    private SearchReplies() {
    }

    /**
     * @param typed the {@code q} parameter as the container decoded it, absent when there was none
     * @param search the library index's search, such as {@code index::search}
     */
    public static PageReply decide(String contextPath, Optional<String> typed, Function<Query, SearchResults> search) {
        return decide(contextPath, Optional.empty(), typed, search);
    }

    /** The same for a signed-in user, whose name the header shows; {@code search} leaves out what they may not see. */
    public static PageReply decide(String contextPath, Optional<String> signedIn, Optional<String> typed,
            Function<Query, SearchResults> search) {
        SearchResults results = search.apply(Query.parse(typed));
        return new PageReply.Document(PageReplies.OK, SearchPage.render(new Links(contextPath, signedIn), results).html());
    }
}
