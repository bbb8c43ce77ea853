package reel.page;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import reel.media.LibraryPath;
import reel.media.MediaFile;
import reel.media.Playback;
import reel.media.Subtitle;
import reel.media.VideoFacts;

/**
 * One video: a native player with its subtitle tracks, its facts, a download link, the videos before
 * and after it, and the keyboard shortcuts that reel.js adds. The native controls work without script.
 */
final class PlayerPage {

    // preload="metadata" fetches the duration and first frame with a small range request, not the film.
    // data-resume-key is the library path: reel.js keeps the position per file under it.
    private static final Template PLAYER = new Template("""
            <h1 id="title">{title}</h1>
            <div class="player" id="player">
            <video id="video" controls preload="metadata" playsinline aria-labelledby="title" data-resume-key="{resumeKey}">
            <source src="{source}" type="{type}">
            {tracks}<p>This browser cannot play the video here. <a href="{download}" download>Download it</a> instead.</p>
            </video>
            <p class="osd" id="osd" role="status" aria-live="polite"></p>
            </div>
            """);
    private static final Template TOOLBAR = new Template("""
            <div class="toolbar">
            <p class="details"><span class="meta">{details}</span></p>
            <p class="actions"><a class="button" href="{download}" download>Download</a>\
            <button type="button" class="button" id="shortcuts-open" aria-haspopup="dialog" hidden>\
            Keyboard shortcuts <kbd>?</kbd></button></p>
            </div>
            <p class="resume" id="resume" hidden><span id="resume-text"></span> \
            <button type="button" class="link" id="resume-restart">Start from the beginning</button></p>
            """);
    private static final Template BACK = new Template("""
            <p class="back"><a href="{href}"><span aria-hidden="true">← </span>Back to {folder}</a></p>
            """);
    private static final Template TRACK = new Template("""
            <track kind="subtitles" src="{source}" srclang="{language}" label="{label}"{default}>
            """);
    private static final Markup DEFAULT = new Markup(" default");
    private static final Markup SLOW_START = new Markup("""
            <p class="warning">Not optimised for streaming: seeking will be slow. The index of this MP4 is at the \
            end of the file; <code>ffmpeg -i in.mp4 -c copy -movflags +faststart out.mp4</code> moves it to the \
            front.</p>
            """);
    private static final Template NEIGHBOURS = new Template("""
            <nav class="neighbours" aria-label="Other videos in this folder">
            {previous}{next}</nav>
            """);
    private static final Template PREVIOUS = new Template("""
            <a class="neighbour previous" rel="prev" href="{href}"><span class="direction">\
            <span aria-hidden="true">← </span>Previous</span><span class="name">{name}</span></a>
            """);
    private static final Template NEXT = new Template("""
            <a class="neighbour next" rel="next" href="{href}"><span class="direction">\
            Next<span aria-hidden="true"> →</span></span><span class="name">{name}</span></a>
            """);

    private PlayerPage() {
    }

    static Markup render(Links links, Playback playback) {
        return render(links, playback, List.of());
    }

    /**
     * @param shareFor the durations the share form offers; none, no form. Someone holding a share link gets
     *        the video alone: no way back to a library they may not see.
     */
    static Markup render(Links links, Playback playback, List<Duration> shareFor) {
        Markup slowStart = playback.facts().streaming() == VideoFacts.Streaming.SLOW_START ? SLOW_START : Markup.EMPTY;
        if (links.isShared()) {
            return Layout.page(links, playback.name(), Markup.EMPTY, Markup.join(player(links, playback),
                    toolbar(links, playback), slowStart, ShortcutsDialog.HTML));
        }
        Markup main = Markup.join(player(links, playback), toolbar(links, playback),
                ShareForm.render(links, playback.path(), shareFor), slowStart,
                neighbours(links, playback.previous(), playback.next()),
                BACK.fill(Map.of("href", Html.text(links.folder(playback.folder())),
                        "folder", Html.text(Layout.name(playback.folder())))),
                ShortcutsDialog.HTML);
        return Layout.page(links, playback.name(), Layout.breadcrumbs(links, playback.path()), main);
    }

    private static Markup player(Links links, Playback playback) {
        return PLAYER.fill(Map.of("title", Html.text(FileNames.title(playback.name())),
                "resumeKey", Html.text(playback.path().toString()),
                "source", Html.text(links.media(playback.path(), playback.file().representation().etag())), "type", Html.text(playback.file().mediaType()),
                "tracks", tracks(links, playback.subtitles()),
                "download", Html.text(links.download(playback.path(), playback.file().representation().etag()))));
    }

    private static Markup toolbar(Links links, Playback playback) {
        MediaFile file = playback.file();
        String details = FileNames.typeLabel(playback.name()) + " · " + FileSizes.format(file.size())
                + playback.facts().duration().map(length -> " · " + Durations.format(length)).orElse("");
        return TOOLBAR.fill(Map.of("details", Html.text(details),
                "download", Html.text(links.download(playback.path(), file.representation().etag()))));
    }

    /** HTML allows one default track per kind; the first is the one made for this video. */
    private static Markup tracks(Links links, List<Subtitle> subtitles) {
        List<Markup> tracks = new ArrayList<>();
        for (int i = 0; i < subtitles.size(); i++) {
            Subtitle subtitle = subtitles.get(i);
            tracks.add(TRACK.fill(Map.of("source", Html.text(links.subtitle(subtitle)),
                    "language", Html.text(subtitle.sourceLanguage()), "label", Html.text(subtitle.label()),
                    "default", i == 0 ? DEFAULT : Markup.EMPTY)));
        }
        return Markup.join(tracks);
    }

    private static Markup neighbours(Links links, Optional<LibraryPath> previous, Optional<LibraryPath> next) {
        if (previous.isEmpty() && next.isEmpty()) {
            return Markup.EMPTY;
        }
        return NEIGHBOURS.fill(Map.of("previous", neighbour(PREVIOUS, links, previous),
                "next", neighbour(NEXT, links, next)));
    }

    private static Markup neighbour(Template template, Links links, Optional<LibraryPath> path) {
        return path.map(video -> template.fill(Map.of("href", Html.text(links.watch(video)),
                        "name", Html.text(FileNames.title(video.name().orElseThrow())))))
                .orElse(Markup.EMPTY);
    }
}
