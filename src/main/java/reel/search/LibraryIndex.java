package reel.search;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.concurrent.ConcurrentNavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.stream.Stream;
import reel.media.LibraryPath;
import reel.media.NaturalOrder;

/**
 * Every folder and video the library shows, by folder, for searching by name and for the newest videos.
 * One {@link Indexer} thread writes it, replacing a folder's entries whole; any number of request threads
 * read it without locks. A search walks every name (a few milliseconds for 100,000), which needs no
 * second structure to keep in step and no more memory than the names themselves.
 */
public final class LibraryIndex {

    /** How many folders and videos a search shows at most, each; the page says how many more there are. */
    public static final int SHOWN_FOLDERS = 20;
    public static final int SHOWN_VIDEOS = 100;
    /** How many of the newest videos {@link #recent()} gives. */
    public static final int RECENT = 12;

    /** Same times (copies that kept theirs) by name, then folder, so the row is the same on every reload. */
    private static final Comparator<Dated> NEWEST_FIRST = Comparator.comparingLong(Dated::modifiedMillis).reversed()
            .thenComparing(dated -> dated.entry().name(), NaturalOrder.INSTANCE)
            .thenComparing(Dated::folder, Ranking.FOLDER_ORDER);

    /** A video and its folder, kept apart until it is among the newest: most never are. */
    private record Dated(LibraryPath folder, Entry entry) {

        long modifiedMillis() {
            return entry.modifiedMillis();
        }
    }

    /** By {@link FolderEntries#key}: a folder's descendants follow it, so a subtree is one range. */
    private final ConcurrentSkipListMap<String, FolderEntries> folders = new ConcurrentSkipListMap<>();
    private volatile Optional<Duration> builtIn = Optional.empty();

    /** Empty and building; {@link Indexing} makes the one a deployment uses. */
    LibraryIndex() {
    }

    /** Building until the first reading of the library has finished; the counts are what it holds now. */
    public IndexStatus status() {
        return status(place -> true);
    }

    /** The same, counting only the places {@code visible} lets a visitor see, as {@link #search} does. */
    public IndexStatus status(Predicate<LibraryPath> visible) {
        return visit(visible, (folder, subfolders, videos) -> { });
    }

    /** The best-ranked folders and videos holding every word of the query; none for an empty query. */
    public SearchResults search(Query query) {
        return search(query, place -> true);
    }

    /**
     * The same among the places {@code visible} lets a visitor see (folders per role), each judged by its path
     * and, through links, by where it really is: others are never counted, in the results nor in the status.
     */
    public SearchResults search(Query query, Predicate<LibraryPath> visible) {
        Best<Ranking.Candidate> folderHits = new Best<>(Ranking.BEST_FIRST, SHOWN_FOLDERS);
        Best<Ranking.Candidate> videoHits = new Best<>(Ranking.BEST_FIRST, SHOWN_VIDEOS);
        Optional<Ranking> ranking = query.isEmpty() ? Optional.empty() : Optional.of(new Ranking(query));
        IndexStatus status = visit(visible, (folder, subfolders, videos) -> ranking.ifPresent(words -> {
            offer(words, folder, subfolders, folderHits);
            offer(words, folder, videos, videoHits);
        }));
        return new SearchResults(query, status,
                new Found<>(folderHits.inOrder().stream().map(Ranking.Candidate::path).toList(), folderHits.offered()),
                new Found<>(videoHits.inOrder().stream().map(hit -> video(hit.folder(), hit.entry())).toList(),
                        videoHits.offered()));
    }

    /** The {@value #RECENT} videos with the latest modification times, newest first. */
    public RecentVideos recent() {
        return recent(place -> true);
    }

    /** The same among the places {@code visible} lets a visitor see. */
    public RecentVideos recent(Predicate<LibraryPath> visible) {
        Best<Dated> newest = new Best<>(NEWEST_FIRST, RECENT);
        IndexStatus status = visit(visible,
                (folder, subfolders, videos) -> videos.forEach(entry -> newest.offer(new Dated(folder, entry))));
        return new RecentVideos(status, newest.inOrder().stream().map(dated -> video(dated.folder(), dated.entry())).toList());
    }

    /**
     * Hands {@code each} every folder {@code visible} lets a visitor see, with the sub-folders and videos it lets
     * them see there, and answers the status counting just those: the library's size must not tell anyone how
     * much a folder for other roles holds. The counts come from the same pass as a page's results, so they add
     * next to nothing to it. Alone (the search page without a query) the pass took about 1 ms for 110,000 videos
     * in 1,000 folders (a search there about 8 ms), as a video is judged only when it is a link elsewhere; were
     * every one a link, about 40 ms, as long as a search. While the index is building this holds as well: each
     * folder held is judged on its own, by its path and where it really is, so what has been read so far is
     * counted as that visitor's search finds it.
     */
    private IndexStatus visit(Predicate<LibraryPath> visible, SeenFolder each) {
        int folderCount = 0;
        int videoCount = 0;
        for (FolderEntries folder : folders.values()) {
            if (folder.isSeen(visible)) {
                List<Entry> subfolders = folder.folders(visible);
                List<Entry> videos = folder.videos(visible);
                folderCount += subfolders.size();
                videoCount += videos.size();
                each.accept(folder.path(), subfolders, videos);
            }
        }
        Optional<Duration> took = builtIn;
        return took.isPresent() ? new IndexStatus.Ready(folderCount, videoCount, took.get())
                : new IndexStatus.Building(folderCount, videoCount);
    }

    /** What a pass over the folders does with each one a visitor sees. */
    private interface SeenFolder {
        void accept(LibraryPath folder, List<Entry> subfolders, List<Entry> videos);
    }

    private static void offer(Ranking ranking, LibraryPath folder, List<Entry> entries, Best<Ranking.Candidate> hits) {
        for (Entry entry : entries) {
            ranking.score(entry.words()).ifPresent(score -> hits.offer(new Ranking.Candidate(score, folder, entry)));
        }
    }

    private static Video video(LibraryPath folder, Entry entry) {
        return new Video(folder.child(entry.name()), entry.size(), Instant.ofEpochMilli(entry.modifiedMillis()));
    }

    Optional<FolderEntries> folder(LibraryPath path) {
        return Optional.ofNullable(folders.get(FolderEntries.key(path)));
    }

    void put(FolderEntries folder) {
        folders.put(FolderEntries.key(folder.path()), folder);
    }

    /** Removes a folder and every folder under it; answers what was removed. */
    List<FolderEntries> removeTree(LibraryPath path) {
        String key = FolderEntries.key(path);
        Optional<FolderEntries> top = Optional.ofNullable(folders.remove(key));
        // Every descendant's key starts with the folder's and a slash; '0' is the character after '/'.
        String prefix = path.isRoot() ? "/" : key + "/";
        ConcurrentNavigableMap<String, FolderEntries> below = folders.subMap(prefix, true,
                prefix.substring(0, prefix.length() - 1) + "0", false);
        List<FolderEntries> removed = new ArrayList<>(below.values());
        below.clear();
        top.ifPresent(removed::add);
        return removed;
    }

    /** Every folder once, starting with the first whose key is after {@code key} and wrapping round. */
    Iterable<FolderEntries> after(String key) {
        return () -> Stream.concat(folders.tailMap(key, false).values().stream(),
                folders.headMap(key, true).values().stream()).iterator();
    }

    /** As {@link #after}, but starting with the folder at {@code key} itself when it is still there. */
    Iterable<FolderEntries> from(String key) {
        return () -> Stream.concat(folders.tailMap(key, true).values().stream(),
                folders.headMap(key, false).values().stream()).iterator();
    }

    void ready(Duration took) {
        builtIn = Optional.of(took);
    }

    boolean isReady() {
        return builtIn.isPresent();
    }
}
