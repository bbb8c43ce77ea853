package reel.page;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import reel.search.IndexStatus;
import reel.search.RecentVideos;
import reel.search.Video;

/**
 * The library home's "Recently added": the newest videos across all folders, newest first, each a card
 * that links to its player with a frame the browser draws, and a link to the folder it is in. Its list
 * is not one of the folder's card lists, so the folder filter leaves it alone. While the index is still
 * being built it says so instead of showing what may not be the newest; with no videos it is not there.
 */
final class RecentRow {

    private static final Template ROW = new Template("""
            <section class="recent" aria-labelledby="recent">
            <h2 id="recent">Recently added</h2>
            {content}</section>
            """);
    private static final Template SHELF = new Template("""
            <ol class="shelf">
            {cards}</ol>
            """);
    private static final Markup BUILDING = new Markup("""
            <p class="empty">reel is still reading the library; the newest videos show here when it has finished.</p>
            """);
    private static final Template CARD = new Template("""
            <li><a class="card video" href="{href}"><span class="name">{name}</span>\
            <span class="meta">{details}</span><span class="thumb">\
            <video class="poster" data-src="{poster}" preload="none" muted playsinline tabindex="-1" aria-hidden="true"></video>\
            </span></a>{where}</li>
            """);

    private RecentRow() {
    }

    static Markup render(Links links, RecentVideos recent) {
        if (recent.status() instanceof IndexStatus.Building) {
            return ROW.fill(Map.of("content", BUILDING));
        }
        if (recent.videos().isEmpty()) {
            return Markup.EMPTY;
        }
        List<Markup> cards = recent.videos().stream().map(video -> card(links, video)).toList();
        return ROW.fill(Map.of("content", SHELF.fill(Map.of("cards", Markup.join(cards)))));
    }

    private static Markup card(Links links, Video video) {
        String details = FileNames.typeLabel(video.name()) + " · " + FileSizes.format(video.size());
        // The index reads no headers, so the frame is the one shown for a video of unknown length.
        String poster = links.poster(video.path(), video.tag(), Durations.posterTime(Optional.empty()));
        return CARD.fill(Map.of("href", Html.text(links.watch(video.path())),
                "name", Html.text(FileNames.title(video.name())), "details", Html.text(details),
                "poster", Html.text(poster), "where", SearchPage.where(links, video.folder())));
    }
}
