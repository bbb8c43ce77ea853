package reel.page;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import reel.media.Folder;
import reel.media.LibraryPath;

class LayoutTest {

    /** A plain GET form with a label and a search landmark: it works without script and for screen readers. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"library", "not found", "unavailable"})
    void everyPageHasTheSearchBoxInItsHeader(String page) {
        Links links = new Links("/reel");
        String html = switch (page) {
            case "library" -> LibraryPageTest.render(links, new Folder(LibraryPath.ROOT, List.of(), List.of()));
            case "not found" -> MessagePage.notFound(links).html();
            default -> MessagePage.unavailable(links, "gone").html();
        };

        assertTrue(html.contains("""
                <header class="top"><a class="brand" href="/reel/">reel</a>
                <form class="search" role="search" action="/reel/search" method="get">
                <label class="visually-hidden" for="library-search">Search the library</label>
                <input id="library-search" name="q" type="search" value="" placeholder="Search the library" \
                autocomplete="off" spellcheck="false">
                <button class="button" type="submit">Search</button>
                </form>
                </header>"""), html);
    }

    /** The signed-in user's name is text, escaped like any other; signing out is a POST. */
    @org.junit.jupiter.api.Test
    void aSignedInUserSeesTheirNameAndASignOutButton() {
        String html = MessagePage.notFound(new Links("/reel", java.util.Optional.of("ana <admin>"))).html();

        assertTrue(html.contains("""
                <form class="account" action="/reel/sign-out" method="post">
                <span class="user">Signed in as <strong>ana &lt;admin&gt;</strong></span>
                <button class="button" type="submit">Sign out</button>
                </form>
                </header>"""), html);
    }

    @org.junit.jupiter.api.Test
    void nobodySignedInMeansNoAccountForm() {
        assertTrue(!MessagePage.notFound(new Links("/reel")).html().contains("sign-out"));
    }
}
