package reel.media;

import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * What a {@link VideoSelection} shows of a folder: the sub-folders the filter found and the run of
 * videos asked for ({@code shown}); how many videos the filter found ({@code matchingVideos}); how many
 * videos and sub-folders the folder holds, unfiltered; and where the run starts among the found videos.
 */
public record FolderView(Folder shown, int matchingVideos, int allVideos, int allFolders, int first) {

    public FolderView {
        Objects.requireNonNull(shown, "shown");
        if (first < 0 || shown.videos().size() > matchingVideos || matchingVideos > allVideos
                || shown.folders().size() > allFolders) {
            throw new IllegalArgumentException(shown.videos().size() + " videos shown from " + first + " of "
                    + matchingVideos + " found of " + allVideos + "; " + shown.folders().size() + " of "
                    + allFolders + " folders");
        }
    }

    /** Whether the folder holds nothing to show, whatever the filter. */
    public boolean isEmpty() {
        return allVideos == 0 && allFolders == 0;
    }

    /** The same view without the sub-folders {@code hidden} names (folders per role): as if they were not there. */
    public FolderView without(Predicate<LibraryPath> hidden) {
        List<Folder.Subfolder> kept = shown.folders().stream().filter(folder -> !hidden.test(folder.path())).toList();
        int removed = shown.folders().size() - kept.size();
        return removed == 0 ? this : new FolderView(new Folder(shown.path(), kept, shown.videos()), matchingVideos,
                allVideos, allFolders - removed, first);
    }
}
