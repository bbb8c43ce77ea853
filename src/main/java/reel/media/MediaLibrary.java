package reel.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import reel.http.EntityTag;

/**
 * The folder of videos reel serves, and the only way from a URL path to a file in it. Paths are the
 * container's decoded path info, such as {@code /Shorts/a b.mp4}; they are never decoded again, so a
 * file named {@code 100%.mp4} is found as itself.
 *
 * <p>A path is refused (empty result) when {@link LibraryPath#parse} refuses a segment (empty, hidden,
 * {@code .}/{@code ..}, NUL, backslash, drive letter), when it resolves anywhere but one level down per
 * segment, or when its real path, after symbolic links, is outside the root or hidden anywhere below
 * it. Links inside the root that point to visible places inside it work. Folders answer {@link #list}, files {@link #find}; neither answers the other.
 */
public final class MediaLibrary {

    private static final Comparator<Folder.Subfolder> FOLDER_ORDER =
            Comparator.comparing(Folder.Subfolder::name, NaturalOrder.INSTANCE);
    private static final Comparator<Folder.VideoFile> VIDEO_ORDER =
            Comparator.comparing(Folder.VideoFile::name, NaturalOrder.INSTANCE);

    private final Path root;
    private final VideoProbe probe = new VideoProbe();

    /** @param root an existing, readable directory; kept as its real path, the bound every lookup checks */
    public MediaLibrary(Path root) {
        try {
            this.root = root.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("media root " + root, e);
        }
        if (!Files.isDirectory(this.root)) {
            throw new IllegalArgumentException("media root is not a directory: " + this.root);
        }
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
        return LibraryPath.parseFolder(path).flatMap(this::folder);
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
        return file(videoPath).map(file -> {
            List<LibraryPath> siblings = folder(videoPath.parent().orElseThrow())
                    .map(folder -> folder.videos().stream().map(Folder.VideoFile::path).toList())
                    .orElse(List.of());
            return new Playback(videoPath, file, subtitles(videoPath),
                    probe.facts(file.path(), file.size(), file.modified()),
                    neighbour(siblings, videoPath, -1), neighbour(siblings, videoPath, 1));
        });
    }

    /** The video {@code step} places from {@code path} in its folder's order, if there is one. */
    private static Optional<LibraryPath> neighbour(List<LibraryPath> siblings, LibraryPath path, int step) {
        int index = siblings.indexOf(path);
        int neighbour = index + step;
        return index < 0 || neighbour < 0 || neighbour >= siblings.size()
                ? Optional.empty() : Optional.of(siblings.get(neighbour));
    }

    /**
     * What {@link #list} shows of a folder, without reading any video's header: where the folder really
     * is, and its folders and videos with their attributes. For an index of the whole library.
     */
    public Optional<Listing> listing(LibraryPath path) {
        Optional<Path> real = realPath(path);
        Optional<BasicFileAttributes> attributes = real.flatMap(Entries::attributes).filter(BasicFileAttributes::isDirectory);
        Optional<List<Entries.Entry>> entries = attributes.flatMap(directory -> Entries.read(real.get(), root));
        return entries.map(visible -> Listing.of(path, real.get(), attributes.get(), visible));
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

    private Optional<Folder> folder(LibraryPath path) {
        Optional<Path> real = realPath(path).filter(Files::isDirectory);
        Optional<List<Entries.Entry>> entries = real.flatMap(directory -> Entries.read(directory, root));
        if (entries.isEmpty()) {
            return Optional.empty();
        }
        List<Folder.Subfolder> folders = new ArrayList<>();
        List<Folder.VideoFile> videos = new ArrayList<>();
        for (Entries.Entry entry : entries.get()) {
            if (entry.isFolder()) {
                folders.add(new Folder.Subfolder(path.child(entry.name())));
            } else if (entry.isVideo()) {
                videos.add(video(real.get(), path, entry));
            }
        }
        folders.sort(FOLDER_ORDER);
        videos.sort(VIDEO_ORDER);
        return Optional.of(new Folder(path, folders, videos));
    }

    private Folder.VideoFile video(Path directory, LibraryPath folder, Entries.Entry entry) {
        BasicFileAttributes attributes = entry.attributes();
        VideoFacts facts = probe.facts(directory.resolve(entry.name()), attributes.size(),
                attributes.lastModifiedTime().toInstant());
        return new Folder.VideoFile(folder.child(entry.name()), attributes.size(),
                MediaTypes.forFileName(entry.name()), facts, tag(attributes));
    }

    /** The tag a file gets when served, as {@link MediaFile#representation()} makes it, for versioned links. */
    private static EntityTag tag(BasicFileAttributes attributes) {
        return EntityTag.of(attributes.size(), attributes.lastModifiedTime().toInstant());
    }

    /** Subtitles beside the video, found by listing its folder so they pass the same checks as any entry. */
    private List<Subtitle> subtitles(LibraryPath videoPath) {
        LibraryPath folder = videoPath.parent().orElseThrow();
        String videoName = videoPath.name().orElseThrow();
        List<Entries.Entry> entries = realPath(folder).flatMap(directory -> Entries.read(directory, root))
                .orElse(List.of());
        List<Subtitle> subtitles = new ArrayList<>();
        for (Entries.Entry entry : entries) {
            if (entry.attributes().isRegularFile()) {
                Subtitle.match(folder, videoName, entry.name(), tag(entry.attributes())).ifPresent(subtitles::add);
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
