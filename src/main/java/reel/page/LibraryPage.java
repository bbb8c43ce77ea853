package reel.page;

import java.util.List;
import java.util.Map;
import reel.media.Folder;
import reel.media.VideoFacts;

/**
 * A folder of the library: a filter box, cards for its sub-folders, then for its videos, each linking
 * one level on. A video card shows a frame of the video, drawn by the browser, its length and size.
 * The library itself also has the place for the continue-watching row.
 */
final class LibraryPage {

    private static final Template MAIN = new Template("""
            <h1>{title}</h1>
            {continueWatching}{intro}{folders}{videos}""");
    private static final Markup EMPTY_FOLDER = new Markup("""
            <p class="empty">No videos or folders here.</p>
            """);
    // The filter is hidden until reel.js runs, so nobody meets a box that does nothing.
    private static final Markup FILTER = new Markup("""
            <div class="filter" hidden>
            <label for="filter">Filter this folder</label>
            <input id="filter" type="search" placeholder="Type to filter by name" autocomplete="off" spellcheck="false" \
            aria-describedby="filter-status">
            <p id="filter-status" class="filter-status" role="status" aria-live="polite"></p>
            </div>
            """);
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

    static Markup render(Links links, Folder folder) {
        String title = Layout.name(folder.path());
        Markup main = MAIN.fill(Map.of("title", Html.text(title),
                "continueWatching", folder.path().isRoot() ? ContinueWatching.render(links) : Markup.EMPTY,
                "intro", folder.isEmpty() ? EMPTY_FOLDER : FILTER,
                "folders", folder.folders().isEmpty() ? Markup.EMPTY
                        : section("folders", "Folders", folderCards(links, folder.folders())),
                "videos", folder.videos().isEmpty() ? Markup.EMPTY
                        : section("videos", "Videos", videoCards(links, folder.videos()))));
        return Layout.page(links, title, Layout.breadcrumbs(links, folder.path()), main);
    }

    private static Markup section(String id, String heading, Markup cards) {
        return SECTION.fill(Map.of("id", Html.text(id), "heading", Html.text(heading), "cards", cards));
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
