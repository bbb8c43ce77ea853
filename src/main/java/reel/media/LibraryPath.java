package reel.media;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A place inside the library as the names a URL spells, root first; no segments is the root itself.
 * {@link #parse} is strict: every segment is a plain, visible name, so resolving one against the root
 * can only go down.
 */
public record LibraryPath(List<String> segments) {

    public static final LibraryPath ROOT = new LibraryPath(List.of());

    public LibraryPath {
        segments = List.copyOf(segments);
        for (String segment : segments) {
            if (!isPlainName(segment)) {
                throw new IllegalArgumentException("not a plain name: " + segment);
            }
        }
    }

    /**
     * A file path as the container decoded it, e.g. {@code /Shorts/a b.mp4}; empty when any segment is
     * refused. A trailing slash names a folder, so it is refused here.
     */
    public static Optional<LibraryPath> parse(String path) {
        if (path == null) {
            return Optional.empty();
        }
        return path.isEmpty() || path.equals("/") ? Optional.of(ROOT) : parseSegments(path);
    }

    /** A folder path: as {@link #parse}, but one trailing slash is allowed ({@code /Shorts/}). */
    public static Optional<LibraryPath> parseFolder(String path) {
        if (path != null && path.length() > 1 && path.endsWith("/")) {
            // Not parse(): "//" would become "/", the root, instead of being refused.
            return parseSegments(path.substring(0, path.length() - 1));
        }
        return parse(path);
    }

    private static Optional<LibraryPath> parseSegments(String path) {
        String relative = path.startsWith("/") ? path.substring(1) : path;
        List<String> segments = new ArrayList<>();
        // -1 keeps trailing empty strings, so "a//b" and "a/" show their empty segments and are refused.
        for (String segment : relative.split("/", -1)) {
            if (!isPlainName(segment)) {
                return Optional.empty();
            }
            segments.add(segment);
        }
        return Optional.of(new LibraryPath(segments));
    }

    /**
     * Whether a name may be part of a path: not empty, not hidden (which also covers {@code .} and
     * {@code ..}), no NUL, no separator of any platform, and not a Windows drive such as {@code C:}.
     */
    static boolean isPlainName(String name) {
        return !name.isEmpty()
                && !new FileName(name).isHidden()
                && name.indexOf('\0') < 0
                && name.indexOf('/') < 0
                && name.indexOf('\\') < 0
                && !looksLikeDrive(name);
    }

    private static boolean looksLikeDrive(String name) {
        return name.length() >= 2 && name.charAt(1) == ':' && Character.isLetter(name.charAt(0));
    }

    public boolean isRoot() {
        return segments.isEmpty();
    }

    /** The last segment; empty for the root, which has no name of its own. */
    public Optional<String> name() {
        return isRoot() ? Optional.empty() : Optional.of(segments.get(segments.size() - 1));
    }

    /** The folder this path is in; empty for the root. */
    public Optional<LibraryPath> parent() {
        return isRoot() ? Optional.empty() : Optional.of(new LibraryPath(segments.subList(0, segments.size() - 1)));
    }

    public LibraryPath child(String name) {
        List<String> childSegments = new ArrayList<>(segments);
        childSegments.add(name);
        return new LibraryPath(childSegments);
    }

    /** The root, then each folder down to and including this path: what breadcrumbs show. */
    public List<LibraryPath> lineage() {
        List<LibraryPath> lineage = new ArrayList<>();
        for (int depth = 0; depth <= segments.size(); depth++) {
            lineage.add(new LibraryPath(segments.subList(0, depth)));
        }
        return List.copyOf(lineage);
    }

    @Override
    public String toString() {
        return "/" + String.join("/", segments);
    }
}
