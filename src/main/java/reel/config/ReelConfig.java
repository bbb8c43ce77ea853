package reel.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import reel.http.MediaCaching;
import reel.http.RangeHeader;

/**
 * reel's settings other than the media folder, read once at startup and checked: a value that is not
 * allowed stops the deployment instead of being replaced by a default. Every setting is read from the
 * system property {@code reel.<name>}, the environment variable {@code REEL_<NAME>} or the context
 * parameter {@code reel.<name>}, in that order (see {@link Settings}).
 *
 * <pre>{@code
 * ConfigResult result = ReelConfig.read(settings);
 * if (result instanceof ConfigResult.Valid valid) { use(valid.config()); }
 * }</pre>
 *
 * @param asyncTimeout how long one response may last before the container ends it
 * @param cacheMaxAge the {@code max-age} of {@code Cache-Control} on video responses; zero means revalidate every time
 * @param maxRanges more ranges than this in one request, after merging, answer 416
 * @param bandwidthCap bytes per second per response; 0 means no cap
 * @param sendfile whether whole files and single ranges may be handed to the connector's sendfile
 * @param maxStreams how many streams may run at once, or {@code auto} to derive it from the heap limit
 * @param drainFile a file whose presence drains reel: health answers 503 while streams finish
 * @param cacheSharedMaxAge the {@code s-maxage} for shared caches (nginx, a CDN), when it differs from {@code max-age}
 * @param access who may use reel and see which folders: roles, as the container's realm knows them; and share links
 */
public record ReelConfig(Duration asyncTimeout, Duration cacheMaxAge, int maxRanges, long bandwidthCap,
        boolean sendfile, MaxStreams maxStreams, EndpointAccess health, EndpointAccess metrics,
        Optional<Path> drainFile, Optional<Duration> cacheSharedMaxAge, Access access) {

    /**
     * The media folder's setting. reel.media reads it, not this record, because an unusable folder is
     * explained on the pages instead of stopping reel.
     */
    public static final String MEDIA_DIR = "media.dir";
    /**
     * A browser reads a whole-file response at playback speed (TCP back-pressure) and stops reading while
     * paused, so one response can live as long as a film plays. Two hours covers a feature film; a
     * longer or long-paused one is ended and the player carries on with a Range request, as it does on
     * every seek. Without a limit a paused tab would hold its response forever.
     */
    public static final Option<Duration> ASYNC_TIMEOUT = new Option<>("async.timeout", Duration.ofHours(2),
            Syntax::duration, duration -> duration.compareTo(Duration.ofSeconds(1)) >= 0,
            "a duration of at least 1s, such as 90s, 30m, 2h or PT2H", Duration::toString);
    /**
     * Files in a library are rarely replaced in place, and the strong ETag lets a cache revalidate
     * cheaply once this expires; an hour bounds how long a replaced file can look unchanged.
     */
    public static final Option<Duration> CACHE_MAX_AGE = new Option<>("cache.max-age", Duration.ofHours(1),
            Syntax::duration, duration -> duration.getSeconds() <= Integer.MAX_VALUE,
            "a duration from 0 (revalidate every time) to 68 years, such as 0, 10m, 1h, 7d or PT1H", Duration::toString);
    /**
     * A shared cache in front of several nodes can keep media longer than a browser, or shorter; unset,
     * it uses {@code cache.max-age} like a browser does. Versioned URLs are cached a year either way.
     */
    public static final Option<Optional<Duration>> CACHE_SHARED_MAX_AGE = new Option<>("cache.shared-max-age",
            Optional.empty(), text -> Syntax.duration(text).map(Optional::of),
            value -> value.map(duration -> duration.getSeconds() <= Integer.MAX_VALUE).orElse(true),
            "a duration from 0 to 68 years, such as 0, 10m, 1d or PT24H", value -> value.map(Duration::toString)
                    .orElse("none"));
    /** RFC 9110 §14.1.1 lets a server refuse many small ranges; no player asks for more than a few. */
    public static final Option<Integer> MAX_RANGES = new Option<>("max-ranges", RangeHeader.DEFAULT_MAX_RANGES,
            Syntax::count, count -> count >= 1 && count <= 1000, "a whole number from 1 to 1000", String::valueOf);
    /** The token bucket's arithmetic stays within a long up to this rate; it is far beyond any disk. */
    public static final long MAX_BANDWIDTH_CAP = 8L << 30;
    public static final Option<Long> BANDWIDTH_CAP = new Option<>("bandwidth.cap", 0L,
            text -> Syntax.bytes(text).stream().boxed().findFirst(), rate -> rate <= MAX_BANDWIDTH_CAP,
            "bytes per second per stream, 0 for no cap, with an optional k, M or G (times 1024, 1024², 1024³),"
                    + " such as 0, 500k or 2M, at most 8G", String::valueOf);
    public static final Option<Boolean> SENDFILE = new Option<>("sendfile", false,
            Syntax::bool, value -> true, "true or false", String::valueOf);
    /**
     * Beyond this many running streams a request for a video is answered 503 at once, so a large audience
     * cannot run Tomcat's heap out; {@code auto} sizes it from the heap limit (see reel.stream.StreamBudget).
     */
    public static final Option<MaxStreams> MAX_STREAMS = new Option<>("max-streams", new MaxStreams.Auto(),
            MaxStreams::parse, value -> true,
            "auto, or a whole number of streams from 1 to " + MaxStreams.MOST, MaxStreams::show);
    public static final Option<Boolean> HEALTH_ENABLED = enabled("health.enabled");
    public static final Option<Pattern> HEALTH_ALLOW = allow("health.allow");
    public static final Option<Boolean> METRICS_ENABLED = enabled("metrics.enabled");
    public static final Option<Pattern> METRICS_ALLOW = allow("metrics.allow");
    /**
     * For scripts: {@code touch} the file to take a node out of a load balancer gently (health answers 503
     * while running streams finish), remove it to bring the node back. Looked at on every health check.
     */
    public static final Option<Optional<Path>> DRAIN_FILE = new Option<>("drain.file", Optional.empty(),
            text -> Syntax.absolutePath(text).map(Optional::of), value -> true,
            "an absolute path, such as /var/run/reel/drain", value -> value.map(Path::toString).orElse("none"));

    /**
     * Unset, reel serves everyone who reaches Tomcat, as it did before; set, every URL but health and
     * metrics (which have their own allow-lists) asks the container to sign the visitor in.
     */
    public static final Option<Optional<String>> ACCESS_ROLE = new Option<>("access.role", Optional.empty(),
            text -> Syntax.roleName(text).map(Optional::of), value -> true,
            "a role name (letters, digits, . _ - and single spaces between words),"
                    + " such as reel-viewer", value -> value.orElse("none"));

    /**
     * Folders only some roles see; a visitor without the role finds them nowhere and gets 404 for every
     * URL under them, as for a file that does not exist.
     */
    public static final Option<FolderRoles> ACCESS_FOLDERS = new Option<>("access.folders", FolderRoles.NONE,
            FolderRoles::parse, value -> true,
            "folder:role rules separated by ;, a folder's names separated by / and its roles by , such as"
                    + " Board:board-members;Training/HR:hr,hr-leads", FolderRoles::show);

    /**
     * Signs share links; unset, sharing is off. Every node of a cluster needs the same one, and changing it
     * ends every link made with the old one. Shown as {@code (set)}, and never repeated when refused.
     */
    public static final Option<Optional<ShareSecret>> SHARE_SECRET = new Option<>("share.secret", Optional.empty(),
            text -> ShareSecret.parse(text).map(Optional::of), value -> true,
            "at least " + ShareSecret.MINIMUM_LENGTH + " characters without spaces, such as the output of"
                    + " openssl rand -base64 32", value -> value.isPresent() ? "(set)" : "none", true);
    /** Unset, every signed-in user reel lets in may make links to what they can watch. */
    public static final Option<Optional<String>> SHARE_ROLE = new Option<>("share.role", Optional.empty(),
            text -> Syntax.roleName(text).map(Optional::of), value -> true,
            "a role name (letters, digits, . _ - and single spaces between words),"
                    + " such as reel-sharer",
            value -> value.orElse("none"));
    /** The longest a link may last; lowering it also shortens links already made, which are checked against it. */
    public static final Option<Duration> SHARE_MAX_AGE = new Option<>("share.max-age", Sharing.DEFAULT_MAX_AGE,
            Syntax::duration, duration -> duration.compareTo(Duration.ofHours(1)) >= 0
                    && duration.compareTo(Duration.ofDays(30)) <= 0,
            "a duration from 1h to 30d, such as 1d, 7d or PT72H", Duration::toString);

    /** Every option, in the order the startup log lists them. */
    public static final List<Option<?>> OPTIONS = List.of(ASYNC_TIMEOUT, CACHE_MAX_AGE, CACHE_SHARED_MAX_AGE, MAX_RANGES,
            BANDWIDTH_CAP, SENDFILE, MAX_STREAMS, HEALTH_ENABLED, HEALTH_ALLOW, METRICS_ENABLED, METRICS_ALLOW,
            DRAIN_FILE, ACCESS_ROLE, ACCESS_FOLDERS, SHARE_SECRET, SHARE_ROLE, SHARE_MAX_AGE);

    public ReelConfig {
        Objects.requireNonNull(asyncTimeout, "asyncTimeout");
        Objects.requireNonNull(cacheMaxAge, "cacheMaxAge");
        Objects.requireNonNull(maxStreams, "maxStreams");
        Objects.requireNonNull(health, "health");
        Objects.requireNonNull(metrics, "metrics");
        Objects.requireNonNull(drainFile, "drainFile");
        Objects.requireNonNull(cacheSharedMaxAge, "cacheSharedMaxAge");
        Objects.requireNonNull(access, "access");
        if (maxRanges < 1 || bandwidthCap < 0) {
            throw new IllegalArgumentException("maxRanges " + maxRanges + ", bandwidthCap " + bandwidthCap);
        }
    }

    /** Every setting at its default, as with nothing configured. */
    /** The same, with {@code access} in place of this one's. */
    public ReelConfig withAccess(Access access) {
        return new ReelConfig(asyncTimeout, cacheMaxAge, maxRanges, bandwidthCap, sendfile, maxStreams, health,
                metrics, drainFile, cacheSharedMaxAge, access);
    }

    public static ReelConfig defaults() {
        return ((ConfigResult.Valid) read(new Settings(Lookup.none(), Lookup.none(), Lookup.none()))).config();
    }

    /** Reads and checks every option; all problems at once, so one failed deployment shows all of them. */
    public static ConfigResult read(Settings settings) {
        SettingsReader reader = new SettingsReader(settings);
        ReelConfig config = new ReelConfig(reader.value(ASYNC_TIMEOUT), reader.value(CACHE_MAX_AGE),
                reader.value(MAX_RANGES), reader.value(BANDWIDTH_CAP), reader.value(SENDFILE),
                reader.value(MAX_STREAMS),
                new EndpointAccess(reader.value(HEALTH_ENABLED), reader.value(HEALTH_ALLOW)),
                new EndpointAccess(reader.value(METRICS_ENABLED), reader.value(METRICS_ALLOW)),
                reader.value(DRAIN_FILE), reader.value(CACHE_SHARED_MAX_AGE), new Access(reader.value(ACCESS_ROLE),
                        reader.value(ACCESS_FOLDERS), new Sharing(reader.value(SHARE_SECRET), reader.value(SHARE_ROLE),
                                reader.value(SHARE_MAX_AGE))));
        return reader.problems().isEmpty()
                ? new ConfigResult.Valid(config, reader.effective())
                : new ConfigResult.Invalid(reader.problems());
    }

    /** How long browsers and shared caches may keep media responses. */
    public MediaCaching mediaCaching() {
        return new MediaCaching(cacheMaxAge, cacheSharedMaxAge);
    }

    /** Whether responses are throttled at all. */
    public boolean isBandwidthCapped() {
        return bandwidthCap > 0;
    }

    /** The cap as an Optional, empty when off, for code that builds a limiter only when needed. */
    public Optional<Long> bandwidthCapBytesPerSecond() {
        return isBandwidthCapped() ? Optional.of(bandwidthCap) : Optional.empty();
    }

    private static Option<Boolean> enabled(String name) {
        return new Option<>(name, true, Syntax::bool, value -> true, "true or false", String::valueOf);
    }

    private static Option<Pattern> allow(String name) {
        // Loopback only by default: health names the media folder and metrics show traffic.
        return new Option<>(name, Pattern.compile(EndpointAccess.LOOPBACK), Syntax::addressPattern, pattern -> true,
                "a Java regular expression matching the whole remote address, such as 127\\.0\\.0\\.1|10\\..*"
                        + " or .* for everyone", Pattern::pattern);
    }
}
