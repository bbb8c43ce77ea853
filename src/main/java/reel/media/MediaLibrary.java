package reel.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The folder of videos reel serves, and the only way from a URL path to a file in it. Paths are the
 * container's decoded path info, such as {@code /Shorts/a b.mp4}; they are never decoded again, so a
 * file named {@code 100%.mp4} is found as itself.
 *
 * <p>A path is refused (empty result) when {@link LibraryPath#parse} refuses a segment (empty, hidden,
 * {@code .}/{@code ..}, NUL, backslash, drive letter), when it resolves anywhere but one level down per
 * segment, or when its real path, after symbolic links, is outside the root or hidden anywhere below
 * it. Links inside the root that point to visible places inside it work. Folders answer {@link #list}, files {@link #find}; neither answers the other.
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
        return LibraryPath.parseFolder(path)
                .flatMap(folder -> listing(folder).map(listing -> views.select(folder, listing, selection)));
    }

    /**
     * A video with its subtitles, header facts and neighbours, for the player; empty for anything
     * {@link #find} refuses and for non-videos.
     */
    public Optional<Playback> playback(String path) {
        Optional<LibraryPath> parsed = LibraryPath.parse(path).filter(p -> !p.isRoot());
        if (parsed.isEmpty() || !MediaTypes.isVideo(parsed.get().name().orElseThrow())) {
            return Optional.empty();
        }
        LibraryPath videoPath = parsed.get();
        LibraryPath folder = videoPath.parent().orElseThrow();
        String videoName = videoPath.name().orElseThrow();
        return file(videoPath).map(file -> {
            Optional<Listing> kept = listing(folder);
            List<String> siblings = kept.map(listing -> FolderViews.names(listing.videos(VideoOrder.NAME)))
                    .orElse(List.of());
            List<FolderEntry> beside = kept.map(listing -> videoAndSubtitles(folder, listing, videoName))
                    .orElse(List.of());
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
        Optional<Path> directory = realPath(folder);
        return directory.flatMap(Stamp::of).filter(Stamp::isDirectory)
                .flatMap(stamp -> reader.scan(folder, directory.get(), stamp));
    }

    /** A {@code .vtt} or {@code .srt} file, under the same rules as {@link #find}. */
    public Optional<MediaFile> subtitleFile(String path) {
        return LibraryPath.parse(path)
                .filter(parsed -> parsed.name().filter(Subtitle::hasSubtitleExtension).isPresent())
                .flatMap(this::file);
    }

    Optional<MediaFile> file(LibraryPath path) {
        Optional<Path> real = realPath(path);
        Optional<BasicFileAttributes> attributes = real.flatMap(Entries::attributes);
        if (attributes.isEmpty() || !attributes.get().isRegularFile() || !Files.isReadable(real.get())) {
            return Optional.empty();
        }
        // The type follows the name in the URL, as the listing does, even when a link points elsewhere.
        String mediaType = MediaTypes.forFileName(path.name().orElseThrow());
        return Optional.of(new MediaFile(real.get(), path.name().orElseThrow(), attributes.get().size(),
                attributes.get().lastModifiedTime().toInstant(), mediaType));
    }

    private Optional<Listing> listing(LibraryPath folder) {
        return realPath(folder).flatMap(directory -> listings.current(folder, directory));
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

    /**
     * Where a path really is, after links, if that is inside the root and not hidden. Each segment must resolve to
     * exactly one level down with the same name, whatever the platform makes of colons or separators.
     */
    private Optional<Path> realPath(LibraryPath path) {
        Path current = root;
        try {
            for (String segment : path.segments()) {
                Path next = current.resolve(segment);
                if (!current.equals(next.getParent()) || !segment.equals(String.valueOf(next.getFileName()))) {
                    return Optional.empty();
                }
                current = next;
            }
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
        if (!current.normalize().startsWith(root)) {
            return Optional.empty();
        }
        return Entries.realPathInside(current, root);
    }
}
