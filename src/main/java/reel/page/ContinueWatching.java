package reel.page;

import java.util.Map;
import reel.media.LibraryPath;

/**
 * The library home's row of videos the viewer has started. The positions live in the browser's local
 * storage, where the player keeps them, and nowhere else: the server sends an empty container, hidden,
 * and reel.js fills and shows it, so without script or without a saved position there is no row.
 */
final class ContinueWatching {

    // data-watch is where watch links start, for positions saved before the player kept their links.
    // The status tells a screen reader what a remove button did; aria-live is implied by the role.
    private static final Template ROW = new Template("""
            <section class="continue" id="continue" aria-labelledby="continue-heading" data-watch="{watch}" hidden>
            <h2 id="continue-heading">Continue watching</h2>
            <ol class="continue-list" id="continue-list"></ol>
            <p class="continue-status" id="continue-status" role="status"></p>
            </section>
            """);

    private ContinueWatching() {
    }

    static Markup render(Links links) {
        return ROW.fill(Map.of("watch", Html.text(links.watch(LibraryPath.ROOT))));
    }
}
