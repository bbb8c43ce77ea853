package reel.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import reel.http.EntityTag;
import reel.media.Folder;
import reel.media.FolderView;
import reel.media.LibraryPath;
import reel.media.MediaFile;
import reel.media.Playback;
import reel.media.Subtitle;
import reel.media.VideoFacts;
import reel.media.VideoOrder;
import reel.search.Found;
import reel.search.IndexStatus;
import reel.search.Query;
import reel.search.RecentVideos;
import reel.search.SearchResults;
import reel.search.Video;

/**
 * A hostile name in every place a page shows one: folder, video, subtitle, language, neighbour, message
 * and context path. Wherever it appears it is text (an HTML character reference) or part of a link
 * (percent-encoded), never markup.
 */
class HostileNamesTest {

    private static final EntityTag TAG = new EntityTag("2710-663212a0", false);

    @ParameterizedTest(name = "{0} page, name {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            library      | <script>"onload='x'
            library      | " onload="alert(1)
            filtered library | <script>"onload='x'
            filtered library | " onload="alert(1)
            player       | <script>"onload='x'
            player       | " onload="alert(1)
            unavailable  | <script>"onload='x'
            unavailable  | " onload="alert(1)
            search       | <script>"onload='x'
            search       | " onload="alert(1)
            recent       | <script>"onload='x'
            recent       | " onload="alert(1)
            """)
    void aNameIsEscapedEverywhereItAppears(String page, String name) {
        String html = render(page, name);

        assertEquals(List.of("<script src=\"/app" + escaped(name) + "/static/reel.js\" defer></script>"),
                LibraryPageTest.scriptElements(html), "only reel's own script element");
        assertFalse(html.contains("\"onload") || html.contains("\" onload"), html);
        assertFalse(html.contains("'x'"), html);
        List<Integer> places = indexesOf(html, "onload");
        assertTrue(places.size() >= 4, "the name should show in several places: " + html);
        for (int place : places) {
            String before = html.substring(0, place);
            assertTrue(before.endsWith("&quot;") || before.endsWith("&quot; ") || before.endsWith("%22")
                    || before.endsWith("%22%20"), "unescaped at " + place + ": " + html);
        }
    }

    private static String render(String page, String name) {
        Links links = new Links("/app" + name);
        LibraryPath folder = LibraryPath.ROOT.child(name);
        return switch (page) {
            case "library" -> LibraryPageTest.render(links, new Folder(folder,
                    List.of(new Folder.Subfolder(folder.child(name))),
                    List.of(new Folder.VideoFile(folder.child(name + ".mp4"), 10, "video/mp4",
                            new VideoFacts(Optional.of(Duration.ofSeconds(5)), VideoFacts.Streaming.SLOW_START), TAG))));
            case "filtered library" -> filtered(links, folder, name);
            case "player" -> PlayerPage.render(links, playback(folder, name)).html();
            case "unavailable" -> MessagePage.unavailable(links, "the folder " + name + " does not exist").html();
            case "search" -> SearchPage.render(links, new SearchResults(Query.parse(Optional.of(name)),
                    new IndexStatus.Building(1, 1), new Found<>(List.of(folder.child(name)), 1),
                    new Found<>(List.of(video(folder, name)), 1))).html();
            case "recent" -> LibraryPageTest.render(links, new Folder(LibraryPath.ROOT, List.of(), List.of(
                    new Folder.VideoFile(LibraryPath.ROOT.child("a.mp4"), 10, "video/mp4", VideoFacts.UNKNOWN, TAG))),
                    () -> new RecentVideos(new IndexStatus.Ready(1, 1, Duration.ZERO), List.of(video(folder, name))));
            default -> throw new IllegalArgumentException(page);
        };
    }

    private static Video video(LibraryPath folder, String name) {
        return new Video(folder.child(name + ".mp4"), 10, Instant.parse("2024-05-01T10:00:00Z"));
    }

    /** Page 2 of a paged folder, newest first, filtered by the name: it is in the box, the links and the cards. */
    private static String filtered(Links links, LibraryPath folder, String name) {
        List<Folder.VideoFile> videos = IntStream.range(0, 10)
                .mapToObj(i -> new Folder.VideoFile(folder.child(name + i + ".mp4"), 10, "video/mp4", VideoFacts.UNKNOWN, TAG))
                .toList();
        FolderView view = new FolderView(new Folder(folder, List.of(), videos), folder, 130, 500, 0, 120);
        return LibraryPage.render(links, view, new FolderQuery(Optional.of(name), VideoOrder.NEWEST, 2),
                new Paging(2, Paging.VIDEOS_PER_PAGE, 130), LibraryPageTest.NOTHING_RECENT).html();
    }

    private static Playback playback(LibraryPath folder, String name) {
        LibraryPath video = folder.child(name + ".mp4");
        MediaFile file = new MediaFile(Path.of("/srv/videos", "a.mp4"), video, name + ".mp4", 10,
                Instant.parse("2024-05-01T10:00:00Z"), "video/mp4");
        return new Playback(video, file,
                List.of(new Subtitle(folder.child(name + ".vtt"), Optional.empty(), TAG),
                        new Subtitle(folder.child(name + ".srt"), Optional.of(name), TAG)),
                VideoFacts.UNKNOWN, Optional.of(folder.child(name + "0.mp4")), Optional.of(folder.child(name + "2.mp4")));
    }

    private static String escaped(String name) {
        return Html.text(name).html();
    }

    private static List<Integer> indexesOf(String html, String word) {
        List<Integer> indexes = new java.util.ArrayList<>();
        for (int at = html.indexOf(word); at >= 0; at = html.indexOf(word, at + 1)) {
            indexes.add(at);
        }
        return indexes;
    }
}
