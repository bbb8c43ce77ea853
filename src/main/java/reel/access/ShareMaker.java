package reel.access;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Decides a request to make a share link: from reel's own page, by a user allowed to share, for a video
 * they may watch (folder roles apply here, when the link is made), for one hour up to {@code share.max-age}.
 *
 * <pre>{@code
 * ShareOutcome outcome = maker.decide(request, path -> library.video(path), Instant.now());
 * }</pre>
 */
public record ShareMaker(Optional<ShareLinks> links, Duration maxAge) {

    /** The shortest link; anything shorter is over before it is sent. */
    public static final Duration SHORTEST = Duration.ofHours(1);
    /** What the player's form offers, the longer ones only when {@code share.max-age} allows them. */
    private static final List<Duration> CHOICES = List.of(SHORTEST, Duration.ofDays(1), Duration.ofDays(7));

    public ShareMaker {
        Objects.requireNonNull(links, "links");
        Objects.requireNonNull(maxAge, "maxAge");
    }

    /** The durations the player's form offers, shortest first. */
    public List<Duration> choices() {
        return CHOICES.stream().filter(choice -> choice.compareTo(maxAge) <= 0).toList();
    }

    /**
     * @param video the library path of the video a path names, when it is one this user may watch; the
     *        same spelling every link to it uses
     */
    public ShareOutcome decide(ShareRequest request, Function<String, Optional<String>> video, Instant now) {
        if (links.isEmpty()) {
            return new ShareOutcome.SharingOff();
        }
        Optional<String> origin = SameOrigin.of(request.origin(), request.referer(), request.host());
        if (origin.isEmpty()) {
            return new ShareOutcome.CrossSite();
        }
        if (request.user().isEmpty() || !request.mayShare()) {
            return new ShareOutcome.NotAllowed();
        }
        Optional<String> path = request.path().flatMap(video);
        if (path.isEmpty()) {
            return new ShareOutcome.NoSuchVideo();
        }
        Optional<Duration> lasting = request.seconds().filter(text -> text.matches("[0-9]{1,9}"))
                .map(text -> Duration.ofSeconds(Long.parseLong(text)))
                .filter(duration -> duration.compareTo(SHORTEST) >= 0 && duration.compareTo(maxAge) <= 0);
        if (lasting.isEmpty()) {
            return new ShareOutcome.BadDuration();
        }
        Instant expiry = Instant.ofEpochSecond(now.getEpochSecond()).plus(lasting.get());
        return new ShareOutcome.Made(origin.get(), path.get(), links.get().sign(path.get(), expiry), expiry);
    }
}
