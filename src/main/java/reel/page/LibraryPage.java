package reel.page;

import java.util.List;
import reel.media.Folder;
import reel.media.VideoFacts;

/**
 * A folder of the library: a filter box, cards for its sub-folders, then for its videos, each linking
 * one level on. A video card shows a frame of the video, drawn by the browser, its length and size.
 */
final class LibraryPage {

    // The filter is hidden until reel.js runs, so nobody meets a box that does nothing.
    private static final String FILTER = """
            <div class="filter" hidden>
            <label for="filter">Filter this folder</label>
            <input id="filter" type="search" placeholder="Type to filter by name" autocomplete="off" spellcheck="false" \
            aria-describedby="filter-status">
            <p id="filter-status" class="filter-status" role="status" aria-live="polite"></p>
            </div>
            """;
    private static final String SECTION = """
            <section class="group" aria-labelledby="%s">
            <h2 id="%s">%s</h2>
            <ul class="cards">
            %s</ul>
            </section>
            """;
    private static final String FOLDER_CARD = """
            <li><a class="card folder" href="%s"><span class="name">%s</span></a></li>
            """;
    // The poster video has no controls, so it is not interactive content and may sit inside the link;
    // reel.js sets its src from data-src when the card scrolls into view. The frame comes last in the
    // markup, so a screen reader says the name first, and the stylesheet shows it on top.
    private static final String VIDEO_CARD = """
            <li><a class="card video" href="%s"><span class="name">%s</span>\
            <span class="meta">%s</span>%s<span class="thumb">\
            <video class="poster" data-src="%s" preload="none" muted playsinline tabindex="-1" aria-hidden="true"></video>\
            %s</span></a></li>
            """;
    private static final String DURATION = """
            <span class="duration"><span class="visually-hidden">, length </span>\
            <span aria-hidden="true">%s</span><span class="visually-hidden">%s</span></span>""";
    private static final String SLOW_START = """
            <span class="warning">Not optimised for streaming: seeking will be slow</span>""";

    private LibraryPage() {
    }

    static String render(Links links, Folder folder) {
        String title = Layout.name(folder.path());
        StringBuilder main = new StringBuilder("<h1>").append(Html.escape(title)).append("</h1>\n");
        if (folder.isEmpty()) {
            main.append("<p class=\"empty\">No videos or folders here.</p>\n");
        } else {
            main.append(FILTER);
        }
        if (!folder.folders().isEmpty()) {
            main.append(section("folders", "Folders", folderCards(links, folder.folders())));
        }
        if (!folder.videos().isEmpty()) {
            main.append(section("videos", "Videos", videoCards(links, folder.videos())));
        }
        return Layout.page(links, title, Layout.breadcrumbs(links, folder.path()), main.toString());
    }

    private static String section(String id, String heading, String cards) {
        return SECTION.formatted(id, id, heading, cards);
    }

    private static String folderCards(Links links, List<Folder.Subfolder> folders) {
        StringBuilder cards = new StringBuilder();
        for (Folder.Subfolder subfolder : folders) {
            cards.append(FOLDER_CARD.formatted(Html.escape(links.folder(subfolder.path())),
                    Html.escape(subfolder.name())));
        }
        return cards.toString();
    }

    private static String videoCards(Links links, List<Folder.VideoFile> videos) {
        StringBuilder cards = new StringBuilder();
        for (Folder.VideoFile video : videos) {
            VideoFacts facts = video.facts();
            String details = FileNames.typeLabel(video.name()) + " · " + FileSizes.format(video.size());
            String duration = facts.duration()
                    .map(length -> DURATION.formatted(Html.escape(Durations.format(length)),
                            Html.escape(Durations.spoken(length))))
                    .orElse("");
            String poster = links.poster(video.path(), Durations.posterTime(facts.duration()));
            String warning = facts.streaming() == VideoFacts.Streaming.SLOW_START ? SLOW_START : "";
            cards.append(VIDEO_CARD.formatted(Html.escape(links.watch(video.path())),
                    Html.escape(FileNames.title(video.name())), Html.escape(details), warning, Html.escape(poster),
                    duration));
        }
        return cards.toString();
    }
}
