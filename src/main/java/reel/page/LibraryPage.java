package reel.page;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import reel.media.Folder;
import reel.media.FolderView;
import reel.media.VideoFacts;
import reel.search.RecentVideos;

/**
 * A folder of the library: a filter box, the sort choice, cards for its sub-folders, then for one page
 * of its videos, each linking one level on, and links to the other pages. A video card shows a frame of
 * the video, drawn by the browser, its length and size. Sub-folders show on the first page only. The
 * library's first page also has the place for the continue-watching row, and the Recently added row.
 */
final class LibraryPage {

    // The results are one element, so reel.js can swap in those of another filter.
    private static final Template MAIN = new Template("""
            <h1>{title}</h1>
            {continueWatching}{recent}{intro}<div class="results" id="results">
            {sort}{folders}{videos}{pages}</div>
            """);
    private static final Template EMPTY = new Template("""
            <h1>{title}</h1>
            <p class="empty">No videos or folders here.</p>
            """);
    private static final Template RANGE = new Template("""
            <span class="range"> {range}</span>""");
    private static final Template SECTION = new Template("""
            <section class="group" aria-labelledby="{id}">
            <h2 id="{id}">{heading}</h2>
            <ul class="cards">
            {cards}</ul>
            </section>
            """);
    private static final Template FOLDER_CARD = new Template("""
            <li><a class="card folder" href="{href}"><span class="name">{name}</span></a></li>
            """);
    // The poster video has no controls, so it is not interactive content and may sit inside the link;
    // reel.js sets its src from data-src when the card scrolls into view. The frame comes last in the
    // markup, so a screen reader says the name first, and the stylesheet shows it on top.
    private static final Template VIDEO_CARD = new Template("""
            <li><a class="card video" href="{href}"><span class="name">{name}</span>\
            <span class="meta">{details}</span>{warning}<span class="thumb">\
            <video class="poster" data-src="{poster}" preload="none" muted playsinline tabindex="-1" aria-hidden="true"></video>\
            {duration}</span></a></li>
            """);
    private static final Template DURATION = new Template("""
            <span class="duration"><span class="visually-hidden">, length </span>\
            <span aria-hidden="true">{shown}</span><span class="visually-hidden">{spoken}</span></span>""");
    private static final Markup SLOW_START = new Markup("""
            <span class="warning">Not optimised for streaming: seeking will be slow</span>""");

    private LibraryPage() {
    }

    /**
     * One page of a folder: {@code paging} counts the videos {@code view} found. The library's first page,
     * unfiltered, is its home, with the rows of videos to continue and of {@code recent} ones.
     */
    static Markup render(Links links, FolderView view, FolderQuery query, Paging paging,
            Supplier<RecentVideos> recent) {
        Folder shown = view.shown();
        String name = Layout.name(shown.path());
        if (view.isEmpty()) {
            return Layout.page(links, name, Layout.breadcrumbs(links, shown.path()),
                    EMPTY.fill(Map.of("title", Html.text(name))));
        }
        boolean firstPage = paging.page() == 1;
        boolean home = shown.path().isRoot() && firstPage && query.filter().isEmpty();
        Markup main = MAIN.fill(Map.of("title", Html.text(name),
                "continueWatching", home ? ContinueWatching.render(links) : Markup.EMPTY,
                "recent", home ? RecentRow.render(links, recent.get()) : Markup.EMPTY,
                "intro", FolderControls.filter(links, view, query),
                "sort", FolderControls.sort(links, view, query),
                "folders", shown.folders().isEmpty() || !firstPage ? Markup.EMPTY
                        : section("folders", Html.text("Folders"), folderCards(links, shown.folders())),
                "videos", shown.videos().isEmpty() ? Markup.EMPTY : section("videos", Markup.join(Html.text("Videos"),
                        paging.lastPage() == 1 ? Markup.EMPTY : RANGE.fill(Map.of("range", Html.text(range(paging))))),
                        videoCards(links, shown.videos())),
                "pages", PageLinks.render(links, shown.path(), query, paging)));
        String title = paging.lastPage() == 1 ? name : name + ", page " + paging.page() + " of " + paging.lastPage();
        return Layout.page(links, title, Layout.breadcrumbs(links, shown.path()), main);
    }

    /** "121–240 of 10,000". */
    private static String range(Paging paging) {
        int last = Math.min(paging.total(), paging.first() + paging.size());
        return String.format(Locale.ENGLISH, "%,d–%,d of %,d", paging.first() + 1, last, paging.total());
    }

    private static Markup section(String id, Markup heading, Markup cards) {
        return SECTION.fill(Map.of("id", Html.text(id), "heading", heading, "cards", cards));
    }

    private static Markup folderCards(Links links, List<Folder.Subfolder> folders) {
        return Markup.join(folders.stream()
                .map(subfolder -> FOLDER_CARD.fill(Map.of("href", Html.text(links.folder(subfolder.path())),
                        "name", Html.text(subfolder.name()))))
                .toList());
    }

    private static Markup videoCards(Links links, List<Folder.VideoFile> videos) {
        return Markup.join(videos.stream().map(video -> videoCard(links, video)).toList());
    }

    private static Markup videoCard(Links links, Folder.VideoFile video) {
        VideoFacts facts = video.facts();
        String details = FileNames.typeLabel(video.name()) + " · " + FileSizes.format(video.size());
        Markup duration = facts.duration()
                .map(length -> DURATION.fill(Map.of("shown", Html.text(Durations.format(length)),
                        "spoken", Html.text(Durations.spoken(length)))))
                .orElse(Markup.EMPTY);
        String poster = links.poster(video.path(), video.tag(), Durations.posterTime(facts.duration()));
        return VIDEO_CARD.fill(Map.of("href", Html.text(links.watch(video.path())),
                "name", Html.text(FileNames.title(video.name())), "details", Html.text(details),
                "warning", facts.streaming() == VideoFacts.Streaming.SLOW_START ? SLOW_START : Markup.EMPTY,
                "poster", Html.text(poster), "duration", duration));
    }
}
