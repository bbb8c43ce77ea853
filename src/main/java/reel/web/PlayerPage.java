package reel.web;

import java.util.List;
import reel.media.MediaFile;
import reel.media.Playback;
import reel.media.Subtitle;

/** One video: a native player with its subtitle tracks, its facts, and the way back to its folder. */
final class PlayerPage {

    // preload="metadata" fetches the duration and first frame with a small range request, not the film.
    private static final String MAIN = """
            <h1>%s</h1>
            <div class="player">
            <video controls preload="metadata" playsinline>
            <source src="%s" type="%s">
            %s<p>This browser cannot play the video here. <a href="%s" download>Download it</a> instead.</p>
            </video>
            </div>
            <p class="details"><span class="meta">%s</span> <a href="%s" download>Download</a></p>
            <p class="back"><a href="%s"><span aria-hidden="true">← </span>Back to %s</a></p>
            """;
    private static final String TRACK = """
            <track kind="subtitles" src="%s" srclang="%s" label="%s"%s>
            """;

    private PlayerPage() {
    }

    static String render(Links links, Playback playback) {
        MediaFile file = playback.file();
        String media = Html.escape(links.media(playback.path()));
        String details = FileNames.typeLabel(playback.name()) + " · " + FileSizes.format(file.size());
        String main = MAIN.formatted(Html.escape(FileNames.title(playback.name())), media,
                Html.escape(file.mediaType()), tracks(links, playback.subtitles()), media, Html.escape(details),
                media, Html.escape(links.folder(playback.folder())), Html.escape(Layout.name(playback.folder())));
        return Layout.page(links, playback.name(), Layout.breadcrumbs(links, playback.path()), main);
    }

    /** HTML allows one default track per kind; the first is the one made for this video. */
    private static String tracks(Links links, List<Subtitle> subtitles) {
        StringBuilder tracks = new StringBuilder();
        for (int i = 0; i < subtitles.size(); i++) {
            Subtitle subtitle = subtitles.get(i);
            tracks.append(TRACK.formatted(Html.escape(links.media(subtitle.path())),
                    Html.escape(subtitle.sourceLanguage()), Html.escape(subtitle.label()), i == 0 ? " default" : ""));
        }
        return tracks.toString();
    }
}
