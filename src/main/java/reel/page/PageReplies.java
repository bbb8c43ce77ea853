package reel.page;

import java.util.Optional;
import reel.media.LibraryPath;
import reel.media.MediaLibrary;
import reel.media.MediaRoot;

/**
 * Decides every page answer from the request's paths and the media root, so the servlet only writes.
 * {@code servletPath} is one of web.xml's mappings: {@code ""} (the context root), {@code /browse},
 * {@code /watch}.
 */
public final class PageReplies {

    static final int OK = 200;
    static final int NOT_FOUND = 404;
    static final int SERVICE_UNAVAILABLE = 503;

    private PageReplies() {
    }

    public static PageReply decide(String contextPath, String servletPath, Optional<String> pathInfo, MediaRoot root) {
        Links links = new Links(contextPath);
        if (root instanceof MediaRoot.Available available) {
            return route(links, available.library(), servletPath, pathInfo.orElse(""));
        }
        if (root instanceof MediaRoot.Unavailable unavailable) {
            return new PageReply.Document(SERVICE_UNAVAILABLE, MessagePage.unavailable(links, unavailable.message()));
        }
        throw new AssertionError(root);
    }

    private static PageReply route(Links links, MediaLibrary library, String servletPath, String pathInfo) {
        return switch (servletPath) {
            case "" -> folder(links, library, "/");
            case "/browse" -> browse(links, library, pathInfo);
            case "/watch" -> library.playback(pathInfo)
                    .<PageReply>map(playback -> new PageReply.Document(OK, PlayerPage.render(links, playback)))
                    .orElseGet(() -> notFound(links));
            default -> notFound(links);
        };
    }

    /** A folder's one address ends with a slash, so relative links resolve inside it; the root's is the library's. */
    private static PageReply browse(Links links, MediaLibrary library, String pathInfo) {
        if (pathInfo.endsWith("/") && !pathInfo.equals("/")) {
            return folder(links, library, pathInfo);
        }
        // The container decoded pathInfo, so the redirect encodes it again segment by segment.
        return LibraryPath.parseFolder(pathInfo)
                .<PageReply>map(path -> new PageReply.Redirect(links.folder(path)))
                .orElseGet(() -> notFound(links));
    }

    private static PageReply folder(Links links, MediaLibrary library, String path) {
        return library.list(path)
                .<PageReply>map(folder -> new PageReply.Document(OK, LibraryPage.render(links, folder)))
                .orElseGet(() -> notFound(links));
    }

    private static PageReply notFound(Links links) {
        return new PageReply.Document(NOT_FOUND, MessagePage.notFound(links));
    }
}
