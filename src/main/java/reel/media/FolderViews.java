package reel.media;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Turns a kept {@link Listing} into what a {@link VideoSelection} shows, stat'ing again exactly the
 * entries the answer depends on: in name order only the videos shown, as a file rewritten in place keeps
 * its name and place; in any other order every video first, as its time, size or length decides where
 * it goes. What the viewer may not enter (folders per role, judged by path and, through links, by where
 * each really is) is left out before anything is counted, so the numbers never tell it is there.
 */
final class FolderViews {

    private final FolderListings listings;

    FolderViews(FolderListings listings) {
        this.listings = listings;
    }

    /**
     * @param place where the folder really is, as the library's names
     * @param mayEnter the places the viewer may enter: a sub-folder is shown when it takes both its path and its
     *     place; a video that a link leads elsewhere when it takes that place. Other videos are where their
     *     folder is, which the caller judges.
     */
    FolderView select(LibraryPath path, LibraryPath place, Listing kept, VideoSelection selection,
            Predicate<LibraryPath> mayEnter) {
        Listing listing = selection.order() == VideoOrder.NAME ? kept
                : listings.reread(path, kept, names(kept.videos(VideoOrder.NAME)));
        Set<String> hidden = hiddenVideos(listing, mayEnter);
        NameFilter filter = selection.filter();
        List<FolderEntry> matching = filter.findsEverything() && hidden.isEmpty() ? listing.videos(selection.order())
                : listing.videos(selection.order()).stream()
                        .filter(entry -> !hidden.contains(entry.name()) && filter.matches(title(entry))).toList();
        int from = Math.min(selection.first(), matching.size());
        int to = (int) Math.min((long) from + selection.count(), matching.size());
        List<String> run = names(matching.subList(from, to));
        if (selection.order() == VideoOrder.NAME) {
            listing = listings.reread(path, listing, run);
        }
        List<Folder.VideoFile> videos = new ArrayList<>(run.size());
        for (String name : run) {
            // Read again, an entry may have become a link elsewhere.
            listing.entry(name).filter(entry -> entry.is(FolderEntry.Kind.VIDEO) && isSeen(entry, mayEnter))
                    .ifPresent(entry -> videos.add(video(path, entry)));
        }
        List<FolderEntry> seenFolders = listing.folders().stream()
                .filter(entry -> mayEnter.test(path.child(entry.name())) && mayEnter.test(entry.place(place))).toList();
        List<Folder.Subfolder> folders = seenFolders.stream()
                .filter(entry -> filter.matches(entry.name()))
                .map(entry -> new Folder.Subfolder(path.child(entry.name()))).toList();
        // A video gone (or refused) since the folder was read no longer counts, so the numbers agree.
        int gone = run.size() - videos.size();
        return new FolderView(new Folder(path, folders, videos), place, matching.size() - gone,
                listing.videos(VideoOrder.NAME).size() - hidden.size(), seenFolders.size(), selection.first());
    }

    /** The videos a link leads where the viewer may not enter: as if they were not in the folder. */
    private static Set<String> hiddenVideos(Listing listing, Predicate<LibraryPath> mayEnter) {
        Set<String> hidden = new HashSet<>();
        for (FolderEntry entry : listing.elsewhere()) {
            if (entry.is(FolderEntry.Kind.VIDEO) && !isSeen(entry, mayEnter)) {
                hidden.add(entry.name());
            }
        }
        return hidden;
    }

    private static boolean isSeen(FolderEntry video, Predicate<LibraryPath> mayEnter) {
        return video.elsewhere().map(mayEnter::test).orElse(true);
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
