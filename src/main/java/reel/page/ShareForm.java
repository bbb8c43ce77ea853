package reel.page;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import reel.media.LibraryPath;

/**
 * The player's form that makes a share link: a POST with the video's library path and how long the link
 * lasts in seconds, so a link followed or prefetched makes nothing. The server checks that the form came
 * from reel's own page (reel.access.SameOrigin).
 */
final class ShareForm {

    private static final Template FORM = new Template("""
            <form class="share" action="{action}" method="post">
            <input type="hidden" name="path" value="{path}">
            <label for="share-for">Share for</label>
            <select id="share-for" name="for">
            {choices}</select>
            <button class="button" type="submit">Make a share link</button>
            </form>
            """);
    private static final Template CHOICE = new Template("""
            <option value="{seconds}">{label}</option>
            """);

    private ShareForm() {
    }

    /** The form for {@code video}, offering {@code choices}; nothing when there are none. */
    static Markup render(Links links, LibraryPath video, List<Duration> choices) {
        if (choices.isEmpty()) {
            return Markup.EMPTY;
        }
        List<Markup> options = new ArrayList<>();
        for (Duration choice : choices) {
            options.add(CHOICE.fill(Map.of("seconds", Html.text(String.valueOf(choice.getSeconds())),
                    "label", Html.text(label(choice)))));
        }
        return FORM.fill(Map.of("action", Html.text(links.share()), "path", Html.text(video.toString()),
                "choices", Markup.join(options)));
    }

    static String label(Duration duration) {
        if (duration.toDays() > 0 && duration.equals(Duration.ofDays(duration.toDays()))) {
            return duration.toDays() == 1 ? "1 day" : duration.toDays() + " days";
        }
        return duration.toHours() == 1 ? "1 hour" : duration.toHours() + " hours";
    }
}
