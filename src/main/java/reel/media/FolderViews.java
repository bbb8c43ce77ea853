package reel.media;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a kept {@link Listing} into what a {@link VideoSelection} shows, stat'ing again exactly the
 * entries the answer depends on: in name order only the videos shown, as a file rewritten in place keeps
 * its name and place; in any other order every video first, as its time, size or length decides where
 * it goes.
 */
final class FolderViews {

    private final FolderListings listings;

    FolderViews(FolderListings listings) {
        this.listings = listings;
    }

    FolderView select(LibraryPath path, Listing kept, VideoSelection selection) {
        Listing listing = selection.order() == VideoOrder.NAME ? kept
                : listings.reread(path, kept, names(kept.videos(VideoOrder.NAME)));
        NameFilter filter = selection.filter();
        List<FolderEntry> matching = filter.findsEverything() ? listing.videos(selection.order())
                : listing.videos(selection.order()).stream().filter(entry -> filter.matches(title(entry))).toList();
        int from = Math.min(selection.first(), matching.size());
        int to = (int) Math.min((long) from + selection.count(), matching.size());
        List<String> run = names(matching.subList(from, to));
        if (selection.order() == VideoOrder.NAME) {
            listing = listings.reread(path, listing, run);
        }
        List<Folder.VideoFile> videos = new ArrayList<>(run.size());
        for (String name : run) {
            listing.entry(name).filter(entry -> entry.is(FolderEntry.Kind.VIDEO))
                    .ifPresent(entry -> videos.add(video(path, entry)));
        }
        List<Folder.Subfolder> folders = listing.folders().stream()
                .filter(entry -> filter.matches(entry.name()))
                .map(entry -> new Folder.Subfolder(path.child(entry.name()))).toList();
        // A video gone (or refused) since the folder was read no longer counts, so the numbers agree.
        int gone = run.size() - videos.size();
        return new FolderView(new Folder(path, folders, videos), matching.size() - gone,
                listing.videos(VideoOrder.NAME).size(), listing.folders().size(), selection.first());
    }

    static List<String> names(List<FolderEntry> entries) {
        return entries.stream().map(FolderEntry::name).toList();
    }

    private static Folder.VideoFile video(LibraryPath folder, FolderEntry entry) {
        return new Folder.VideoFile(folder.child(entry.name()), entry.stamp().size(),
                MediaTypes.forFileName(entry.name()), entry.facts(), entry.tag());
    }

    /** What a card shows, and so what the filter looks at: the name without its extension, as reel.js does. */
    private static String title(FolderEntry entry) {
        return new FileName(entry.name()).stem();
    }
}
