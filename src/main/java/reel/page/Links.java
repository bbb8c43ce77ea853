package reel.page;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.function.Function;
import reel.http.PercentEncoder;
import reel.media.LibraryPath;
import reel.http.EntityTag;
import reel.media.Subtitle;
import reel.subtitle.SubtitleReplies;

/**
 * reel's URL space under the context path, as hrefs ready for {@link Html#text}: {@code /} the
 * library, {@code /browse/<folder>/}, {@code /watch/<file>}, {@code /video/<file>} the bytes,
 * {@code /subtitles/<file>} subtitles as WebVTT, {@code /search} and {@code /static/} the stylesheet and script. Every
 * segment goes through {@link UrlPaths}; links to a file's bytes carry its version ({@code ?v=<tag>}).
 * With the name of the signed-in user, the pages offer {@code /sign-out}.
 */
record Links(String contextPath, Optional<String> signedIn, Optional<Function<LibraryPath, String>> grant) {

    /** The query parameter of a share link's token; reel.access.Door reads it. */
    static final String SHARE_PARAMETER = "share";

    Links {
        Objects.requireNonNull(contextPath, "contextPath");
        Objects.requireNonNull(signedIn, "signedIn");
        Objects.requireNonNull(grant, "grant");
    }

    Links(String contextPath, Optional<String> signedIn) {
        this(contextPath, signedIn, Optional.empty());
    }

    /** For a visitor nobody signed in. */
    Links(String contextPath) {
        this(contextPath, Optional.empty());
    }

    /** Whether these links are for someone holding a share link, who may follow only the links to its one video. */
    boolean isShared() {
        return grant.isPresent();
    }

    /** Where the player's share form posts. */
    String share() {
        return contextPath + "/share";
    }

    /** The player page of {@code file} for anyone holding {@code token}. */
    String shared(LibraryPath file, String token) {
        return watch(file) + "?" + SHARE_PARAMETER + "=" + token;
    }

    /** {@code &share=<token>} for a shared viewer's link to {@code file}; nothing for everyone else. */
    private String granted(LibraryPath file) {
        return grant.map(tokenFor -> "&" + SHARE_PARAMETER + "=" + tokenFor.apply(file)).orElse("");
    }

    /** Where the header's sign-out form posts. */
    String signOut() {
        return contextPath + "/sign-out";
    }

    String library() {
        return contextPath + "/";
    }

    /** The root is the library page itself; other folders end with a slash, as relative links expect. */
    String folder(LibraryPath folder) {
        return folder.isRoot() ? library() : contextPath + "/browse" + UrlPaths.path(folder) + "/";
    }

    /** One view of a folder, spelled as {@link FolderQuery#parameters()}: {@code /browse/a/?q=caf%C3%A9&sort=newest&page=2}. */
    String folder(LibraryPath folder, FolderQuery query) {
        Map<String, String> parameters = query.parameters();
        if (parameters.isEmpty()) {
            return folder(folder);
        }
        StringJoiner link = new StringJoiner("&", folder(folder) + "?", "");
        parameters.forEach((name, value) -> link.add(name + "=" + PercentEncoder.encode(value, PercentEncoder::isUnreserved)));
        return link.toString();
    }

    String watch(LibraryPath file) {
        return contextPath + "/watch" + UrlPaths.path(file);
    }

    /**
     * The bytes of this version of the file: the URL changes when the file does, so every cache may keep
     * the response for good (reel.http.MediaCaching) and never mixes two versions' ranges.
     */
    String media(LibraryPath file, EntityTag tag) {
        return contextPath + "/video" + UrlPaths.path(file) + "?v=" + tag.opaque() + granted(file);
    }

    /** The bytes with {@code Content-Disposition: attachment}, so the browser saves rather than plays. */
    String download(LibraryPath file, EntityTag tag) {
        return media(file, tag) + "&download";
    }

    /**
     * A frame to show for a video: its bytes with a media fragment (W3C Media Fragments §4.2.1), which the
     * browser seeks to after reading the header; the server decodes nothing.
     */
    String poster(LibraryPath file, EntityTag tag, Duration at) {
        return media(file, tag) + "#t=" + at.toMillis() / 1000 + "." + String.format(Locale.ROOT, "%03d", at.toMillis() % 1000);
    }

    /** A subtitle as the browser can read it, versioned like the media: WebVTT as it is, SubRip through the converter. */
    String subtitle(Subtitle subtitle) {
        return subtitle.isSubRip()
                ? contextPath + "/subtitles" + UrlPaths.path(subtitle.path()) + "?v="
                        + SubtitleReplies.convertedTag(subtitle.tag()).opaque() + granted(subtitle.path())
                : media(subtitle.path(), subtitle.tag());
    }

    /** The search page; the query goes in {@code q}, as the header's form sends it. */
    String search() {
        return contextPath + "/search";
    }

    String stylesheet() {
        return contextPath + "/static/reel.css";
    }

    String script() {
        return contextPath + "/static/reel.js";
    }
}
