package reel.media;

import java.util.Objects;

/**
 * What a {@link VideoSelection} shows of a folder: the sub-folders the filter found and the run of
 * videos asked for ({@code shown}); where the folder really is ({@code place}); how many videos the filter
 * found ({@code matchingVideos}); how many videos and sub-folders the folder holds, unfiltered; and where the
 * run starts among the found videos. What the viewer may not enter is in none of these, nor counted.
 *
 * @param place the folder's real place as the library's names: {@code shown.path()} unless a link on the way
 *     leads elsewhere; whoever may not enter it may not see this view
 */
public record FolderView(Folder shown, LibraryPath place, int matchingVideos, int allVideos, int allFolders,
        int first) {

    public FolderView {
        Objects.requireNonNull(shown, "shown");
        Objects.requireNonNull(place, "place");
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
}
