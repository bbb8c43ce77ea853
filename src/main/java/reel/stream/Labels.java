package reel.stream;

import java.util.Objects;

/**
 * What the request asked of a media response beyond the protocol's decision: how long caches may keep
 * it, and whether the player's download link asked for it, which makes a 200 or 206 an attachment under
 * the file's name and takes away the async timeout (a download could not carry on after one).
 *
 * @param cacheControl the {@code Cache-Control} value, as {@link reel.http.MediaCaching} chose it
 */
public record Labels(String cacheControl, boolean download) {

    public Labels {
        Objects.requireNonNull(cacheControl, "cacheControl");
    }
}
