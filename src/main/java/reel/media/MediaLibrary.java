package reel.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The folder of videos reel serves, and the only way from a URL path to a file in it. Paths are the
 * container's decoded path info, such as {@code /Shorts/a b.mp4}; they are never decoded again, so a
 * file named {@code 100%.mp4} is found as itself.
 *
 * <p>A path is refused (empty result) when {@link LibraryPath#parse} refuses a segment (empty, hidden,
 * {@code .}/{@code ..}, NUL, backslash, drive letter), when it resolves anywhere but one level down per
 * segment, or when its real path, after symbolic links, is outside the root or has a name below it that
 * parse would refuse ({@link RealPlace}). Links inside the root that point to visible places inside it work,
 * and what they find says where it really is, as the library's names, for folder rules to judge. Folders
 * answer {@link #list}, files {@link #find}; neither answers the other.
 *
 * <p>Folders are read through {@link FolderListings}: each is kept as last read and stat'ed again as
 * much as a view needs, so a big folder is not read whole, headers and all, on every page.
 */
public final class MediaLibrary {

    private final Path root;
    private final FolderListings listings;
    private final FolderViews views;
    private final FolderReader reader;

    /** @param root an existing, readable directory; kept as its real path, the bound every lookup checks */
    public MediaLibrary(Path root) {
        this(root, Clock.systemUTC(), FolderListings.MAX_ENTRIES);
    }

    /** @param clock when folders are read, as the file system's times are compared with it */
    MediaLibrary(Path root, Clock clock, int maxKeptEntries) {
        try {
            this.root = root.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("media root " + root, e);
        }
        if (!Files.isDirectory(this.root)) {
            throw new IllegalArgumentException("media root is not a directory: " + this.root);
        }
        this.listings = new FolderListings(this.root, clock, maxKeptEntries);
        this.views = new FolderViews(listings);
        this.reader = new FolderReader(this.root);
    }

    public Path root() {
        return root;
    }

    /** A regular, readable file; empty for folders, refusals and anything that does not exist. */
    public Optional<MediaFile> find(String path) {
        return LibraryPath.parse(path).flatMap(this::file);
    }

    /** The listing of a folder; {@code ""} and {@code "/"} are the root, a trailing slash is allowed. */
    public Optional<Folder> list(String path) {
        return list(path, VideoSelection.all(VideoOrder.NAME)).map(FolderView::shown);
    }

    /** What {@code selection} shows of a folder, which is found as {@link #list(String)} finds it. */
    public Optional<FolderView> list(String path, VideoSelection selection) {
        return list(path, selection, place -> true);
    }

    /**
     * The same for a viewer who may enter only the places {@code mayEnter} takes (folders per role): what
     * they may not enter, by its path or, through a link, by where it really is, is not shown nor counted.
     * Whether they may see the folder itself is the caller's to judge, by its path and {@link FolderView#place}.
     */
    public Optional<FolderView> list(String path, VideoSelection selection, Predicate<LibraryPath> mayEnter) {
        return LibraryPath.parseFolder(path).flatMap(folder -> RealPlace.of(folder, root)
                .flatMap(real -> listings.current(folder, real.path())
                        .map(listing -> views.select(folder, real.place(), listing, selection, mayEnter))));
    }

    /** Where a place really is, links on its way followed; empty when it does not exist or leads outside. */
    public Optional<LibraryPath> realPlace(LibraryPath place) {
        return RealPlace.of(place, root).map(RealPlace::place);
    }

    /**
     * A video with its subtitles, header facts and neighbours, for the player; empty for anything
     * {@link #find} refuses and for non-videos.
     */
    public Optional<Playback> playback(String path) {
        return playback(path, place -> true);
    }

    /**
     * The same for a viewer who may enter only the places {@code mayEnter} takes: subtitles and neighbours a
     * link leads where they may not enter are left out. The video itself is the caller's to judge, by its
     * path and where it really is ({@link MediaFile#place}).
     */
    public Optional<Playback> playback(String path, Predicate<LibraryPath> mayEnter) {
        // A folder that really lies where the viewer may not enter shows nothing of itself, not even names:
        // a video that a link there leads out of is the caller's to judge, and may be the one thing shown.
        return playback(path, (folderPlace, videoPlace) -> mayEnter.test(folderPlace)
                ? entry -> entry.elsewhere().map(mayEnter::test).orElse(true) : entry -> false);
    }

    /**
     * The player for someone holding a share link to {@code path}: the video, and only the subtitles that really
     * lie in the folder where the video really is, whether a link leads there or not; no neighbours. The link's
     * maker was judged by the video alone, so a subtitle that a link brings from anywhere else, which they may not
     * even be allowed to see, is left out, and no token is ever made for it.
     */
    public Optional<Playback> sharedPlayback(String path) {
        return playback(path, (folderPlace, videoPlace) -> entry -> entry.isBeside(folderPlace, videoPlace))
                .map(Playback::alone);
    }

    /** Which entries of a video's folder its player shows, knowing where that folder and the video really are. */
    private interface Shown {
        Predicate<FolderEntry> in(LibraryPath folderPlace, LibraryPath videoPlace);
    }

    private Optional<Playback> playback(String path, Shown shown) {
        Optional<LibraryPath> parsed = LibraryPath.parse(path).filter(p -> !p.isRoot());
        if (parsed.isEmpty() || !MediaTypes.isVideo(parsed.get().name().orElseThrow())) {
            return Optional.empty();
        }
        LibraryPath videoPath = parsed.get();
        LibraryPath folder = videoPath.parent().orElseThrow();
        String videoName = videoPath.name().orElseThrow();
        return file(videoPath).map(file -> {
            Optional<RealPlace> directory = RealPlace.of(folder, root);
            Optional<Listing> kept = directory.flatMap(real -> listings.current(folder, real.path()));
            // Entries come from the folder's listing, which its real place gives: without one there are none to judge.
            Predicate<FolderEntry> seen = directory.map(real -> shown.in(real.place(), file.place()))
                    .orElse(entry -> false);
            Predicate<FolderEntry> videoOrSeen = entry -> entry.name().equals(videoName) || seen.test(entry);
            List<String> siblings = kept.map(listing -> listing.videos(VideoOrder.NAME).stream().filter(videoOrSeen)
                    .map(FolderEntry::name).toList()).orElse(List.of());
            List<FolderEntry> beside = kept.map(listing -> videoAndSubtitles(folder, listing, videoName))
                    .orElse(List.of()).stream().filter(videoOrSeen).toList();
            VideoFacts facts = beside.stream().filter(entry -> entry.is(FolderEntry.Kind.VIDEO)).findFirst()
                    .map(FolderEntry::facts).orElseGet(() -> VideoProbe.read(file.path()));
            return new Playback(videoPath, file, subtitles(folder, videoName, beside), facts,
                    neighbour(siblings, videoName, -1).map(folder::child),
                    neighbour(siblings, videoName, 1).map(folder::child));
        });
    }

    /** The video's entry and its subtitles', stat'ed again, so the player shows each as it is now. */
    private List<FolderEntry> videoAndSubtitles(LibraryPath folder, Listing kept, String videoName) {
        List<String> names = kept.entries().values().stream()
                .filter(entry -> entry.name().equals(videoName)
                        || Subtitle.match(folder, videoName, entry.name(), entry.tag()).isPresent())
                .map(FolderEntry::name).toList();
        Listing listing = listings.reread(folder, kept, names);
        return names.stream().flatMap(name -> listing.entry(name).stream()).toList();
    }

    /** The video {@code step} places from {@code name} in its folder's order, if there is one. */
    private static Optional<String> neighbour(List<String> siblings, String name, int step) {
        int index = siblings.indexOf(name);
        int neighbour = index + step;
        return index < 0 || neighbour < 0 || neighbour >= siblings.size()
                ? Optional.empty() : Optional.of(siblings.get(neighbour));
    }

    /**
     * What {@link #list} shows of a folder, for an index of the whole library: its folders and videos with
     * where each really is, its size and time, and no header read; nothing is kept. Empty as for list.
     */
    public Optional<FolderScan> scan(LibraryPath folder) {
        Optional<RealPlace> real = RealPlace.of(folder, root);
        return real.flatMap(directory -> Stamp.of(directory.path())).filter(Stamp::isDirectory)
                .flatMap(stamp -> reader.scan(folder, real.get().place(), real.get().path(), stamp));
    }

    /** A {@code .vtt} or {@code .srt} file, under the same rules as {@link #find}. */
    public Optional<MediaFile> subtitleFile(String path) {
        return LibraryPath.parse(path)
                .filter(parsed -> parsed.name().filter(Subtitle::hasSubtitleExtension).isPresent())
                .flatMap(this::file);
    }

    Optional<MediaFile> file(LibraryPath path) {
        Optional<RealPlace> real = RealPlace.of(path, root);
        Optional<BasicFileAttributes> attributes = real.flatMap(file -> Entries.attributes(file.path()));
        if (attributes.isEmpty() || !attributes.get().isRegularFile() || !Files.isReadable(real.get().path())) {
            return Optional.empty();
        }
        // The type follows the name in the URL, as the listing does, even when a link points elsewhere.
        String mediaType = MediaTypes.forFileName(path.name().orElseThrow());
        return Optional.of(new MediaFile(real.get().path(), real.get().place(), path.name().orElseThrow(),
                attributes.get().size(), attributes.get().lastModifiedTime().toInstant(), mediaType));
    }

    /** Subtitles beside the video among the folder's entries, which passed the same checks as any entry. */
    private static List<Subtitle> subtitles(LibraryPath folder, String videoName, List<FolderEntry> entries) {
        List<Subtitle> subtitles = new ArrayList<>();
        for (FolderEntry entry : entries) {
            if (entry.is(FolderEntry.Kind.SUBTITLE)) {
                Subtitle.match(folder, videoName, entry.name(), entry.tag()).ifPresent(subtitles::add);
            }
        }
        // The file without a language first, as it is the one made for this video; then by tag;
        // WebVTT before SubRip for the same language, as it needs no conversion.
        subtitles.sort(Comparator.comparing((Subtitle subtitle) -> subtitle.language().orElse(""),
                NaturalOrder.INSTANCE).thenComparing(Subtitle::isSubRip));
        return subtitles;
    }
}
