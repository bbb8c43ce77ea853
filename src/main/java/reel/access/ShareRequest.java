package reel.access;

import java.util.Objects;
import java.util.Optional;

/**
 * A request to make a share link, as the container gave it: the header fields that say where the form
 * was posted from, who is signed in and whether they may share, and the form's two fields.
 *
 * @param path the form's {@code path}: the video's library path, such as {@code /Shorts/a.mp4}
 * @param seconds the form's {@code for}: how long the link lasts, in seconds
 */
public record ShareRequest(Optional<String> origin, Optional<String> referer, Optional<String> host,
        Optional<String> user, boolean mayShare, Optional<String> path, Optional<String> seconds) {

    public ShareRequest {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(referer, "referer");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(seconds, "seconds");
    }
}
