package reel.page;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import reel.media.LibraryPath;

/** The page after a share link is made: the whole link, ready to copy, and until when it works. */
final class SharePage {

    private static final DateTimeFormatter EXPIRY = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'",
            Locale.ENGLISH).withZone(ZoneOffset.UTC);
    private static final Template MAIN = new Template("""
            <h1>Share link</h1>
            <p class="message">Anyone with this link can watch <strong>{title}</strong> until {expiry}, \
            without signing in. It opens this one video and nothing else.</p>
            <p class="share-link"><label for="share-link">Link</label>
            <input id="share-link" type="text" readonly value="{link}" size="80"></p>
            <p class="back"><a href="{back}">Back to the video</a></p>
            """);

    private SharePage() {
    }

    /** @param origin where the form was posted from, {@code https://videos.example.com}, so the link works from there */
    static Markup render(Links links, String origin, LibraryPath video, String token, Instant expiry) {
        Markup main = MAIN.fill(Map.of("title", Html.text(FileNames.title(video.name().orElseThrow())),
                "expiry", Html.text(EXPIRY.format(expiry)), "link", Html.text(origin + links.shared(video, token)),
                "back", Html.text(links.watch(video))));
        return Layout.page(links, "Share link", Markup.EMPTY, main);
    }
}
