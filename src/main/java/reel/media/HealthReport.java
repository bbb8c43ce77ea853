package reel.media;

import java.time.Instant;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * What {@code /health} says: {@code UP} (200) when the media folder can be read, {@code DOWN} (503)
 * with the reason otherwise, {@code DRAINING} (503) while an operator takes the node out. A load
 * balancer only needs the status code; people read the JSON. Only a client on this machine is told
 * where the media folder is: the reply to anyone else leaves the path out.
 *
 * @param mediaFolder the folder as resolved or configured; empty when the setting names none
 * @param files regular, non-hidden files under the folder; 0 when it cannot be read
 * @param reason empty when up
 */
public record HealthReport(boolean up, boolean draining, Optional<String> mediaFolder, boolean readable, long files,
        String version, Instant started, String reason) {

    /** Who reads the reply: paths and reasons only for clients on this machine. */
    public enum Audience {
        LOCAL,
        REMOTE
    }

    public HealthReport {
        Objects.requireNonNull(mediaFolder, "mediaFolder");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(started, "started");
        Objects.requireNonNull(reason, "reason");
    }

    /**
     * Checks the folder now: it may have gone away, or lost its permissions, since startup. {@code counter}
     * counts its files, such as {@link FileCount#of} or a {@link RecentFileCount}; {@code draining} whether
     * the node is being taken out of its load balancer.
     */
    public static HealthReport check(MediaRoot root, String version, Instant started,
            Function<MediaLibrary, OptionalLong> counter, boolean draining) {
        if (root instanceof MediaRoot.Unavailable unavailable) {
            return new HealthReport(false, draining, unavailable.folder().map(Path::toString), false, 0, version,
                    started, unavailable.message());
        }
        MediaRoot.Available available = (MediaRoot.Available) root;
        String folder = available.library().root().toString();
        OptionalLong files = counter.apply(available.library());
        if (files.isEmpty()) {
            return new HealthReport(false, draining, Optional.of(folder), false, 0, version, started,
                    "the media folder " + folder + " cannot be read");
        }
        return new HealthReport(true, draining, Optional.of(folder), true, files.getAsLong(), version, started, "");
    }

    /** 200 only when up and not draining: either way a load balancer should send new viewers elsewhere. */
    public int status() {
        return up && !draining ? 200 : 503;
    }

    /** One JSON object; {@code started} lets a probe tell a redeployed instance from the one before. */
    public String toJson(Audience audience) {
        StringBuilder json = new StringBuilder("{");
        json.append("\"status\":").append(string(!up ? "DOWN" : draining ? "DRAINING" : "UP"));
        if (audience == Audience.LOCAL) {
            json.append(",\"mediaFolder\":").append(mediaFolder.map(HealthReport::string).orElse("null"));
        }
        json.append(",\"readable\":").append(readable);
        json.append(",\"files\":").append(files);
        json.append(",\"version\":").append(string(version));
        json.append(",\"started\":").append(string(started.toString()));
        if (!up) {
            json.append(",\"reason\":").append(string(audience == Audience.LOCAL ? reason
                    : "the media folder cannot be used; the reason is in the log and in the reply to this machine"));
        }
        if (draining) {
            json.append(",\"draining\":true");
        }
        return json.append("}").toString();
    }

    /** RFC 8259 §7: quote, backslash and control characters escaped; the rest as is (the body is UTF-8). */
    static String string(String value) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            if (c == '"' || c == '\\') {
                quoted.append('\\').append(c);
            } else if (c < 0x20) {
                quoted.append(String.format("\\u%04x", (int) c));
            } else {
                quoted.append(c);
            }
        }
        return quoted.append('"').toString();
    }
}
