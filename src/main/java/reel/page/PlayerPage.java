package reel.page;

import java.util.List;
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
    private static final String MAIN = """
            <h1 id="title">%s</h1>
            <div class="player" id="player">
            <video id="video" controls preload="metadata" playsinline aria-labelledby="title" data-resume-key="%s">
            <source src="%s" type="%s">
            %s<p>This browser cannot play the video here. <a href="%s" download>Download it</a> instead.</p>
            </video>
            <p class="osd" id="osd" role="status" aria-live="polite"></p>
            </div>
            <div class="toolbar">
            <p class="details"><span class="meta">%s</span></p>
            <p class="actions"><a class="button" href="%s" download>Download</a>\
            <button type="button" class="button" id="shortcuts-open" aria-haspopup="dialog" hidden>\
            Keyboard shortcuts <kbd>?</kbd></button></p>
            </div>
            <p class="resume" id="resume" hidden><span id="resume-text"></span> \
            <button type="button" class="link" id="resume-restart">Start from the beginning</button></p>
            %s%s<p class="back"><a href="%s"><span aria-hidden="true">← </span>Back to %s</a></p>
            %s""";
    private static final String TRACK = """
            <track kind="subtitles" src="%s" srclang="%s" label="%s"%s>
            """;
    private static final String SLOW_START = """
            <p class="warning">Not optimised for streaming: seeking will be slow. The index of this MP4 is at the \
            end of the file; <code>ffmpeg -i in.mp4 -c copy -movflags +faststart out.mp4</code> moves it to the \
            front.</p>
            """;
    private static final String NEIGHBOURS = """
            <nav class="neighbours" aria-label="Other videos in this folder">
            %s%s</nav>
            """;
    private static final String PREVIOUS = """
            <a class="neighbour previous" rel="prev" href="%s"><span class="direction">\
            <span aria-hidden="true">← </span>Previous</span><span class="name">%s</span></a>
            """;
    private static final String NEXT = """
            <a class="neighbour next" rel="next" href="%s"><span class="direction">\
            Next<span aria-hidden="true"> →</span></span><span class="name">%s</span></a>
            """;

    private PlayerPage() {
    }

    static String render(Links links, Playback playback) {
        MediaFile file = playback.file();
        String media = Html.escape(links.media(playback.path()));
        String download = Html.escape(links.download(playback.path()));
        String details = FileNames.typeLabel(playback.name()) + " · " + FileSizes.format(file.size())
                + playback.facts().duration().map(length -> " · " + Durations.format(length)).orElse("");
        String warning = playback.facts().streaming() == VideoFacts.Streaming.SLOW_START ? SLOW_START : "";
        String main = MAIN.formatted(Html.escape(FileNames.title(playback.name())),
                Html.escape(playback.path().toString()), media, Html.escape(file.mediaType()),
                tracks(links, playback.subtitles()), download, Html.escape(details), download, warning,
                neighbours(links, playback.previous(), playback.next()),
                Html.escape(links.folder(playback.folder())), Html.escape(Layout.name(playback.folder())),
                ShortcutsDialog.HTML);
        return Layout.page(links, playback.name(), Layout.breadcrumbs(links, playback.path()), main);
    }

    /** HTML allows one default track per kind; the first is the one made for this video. */
    private static String tracks(Links links, List<Subtitle> subtitles) {
        StringBuilder tracks = new StringBuilder();
        for (int i = 0; i < subtitles.size(); i++) {
            Subtitle subtitle = subtitles.get(i);
            tracks.append(TRACK.formatted(Html.escape(links.subtitle(subtitle)),
                    Html.escape(subtitle.sourceLanguage()), Html.escape(subtitle.label()), i == 0 ? " default" : ""));
        }
        return tracks.toString();
    }

    private static String neighbours(Links links, Optional<LibraryPath> previous, Optional<LibraryPath> next) {
        if (previous.isEmpty() && next.isEmpty()) {
            return "";
        }
        String before = previous.map(path -> PREVIOUS.formatted(Html.escape(links.watch(path)),
                Html.escape(FileNames.title(path.name().orElseThrow())))).orElse("");
        String after = next.map(path -> NEXT.formatted(Html.escape(links.watch(path)),
                Html.escape(FileNames.title(path.name().orElseThrow())))).orElse("");
        return NEIGHBOURS.formatted(before, after);
    }
}
