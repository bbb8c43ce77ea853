package reel.page;

import java.util.Optional;
import reel.media.LibraryPath;
import reel.media.MediaLibrary;
import reel.media.MediaRoot;

/**
 * Decides every page answer from the request's paths and the library, so the servlet only writes.
 * {@code servletPath} is one of web.xml's mappings: {@code ""} (the context root), {@code /browse},
 * {@code /watch}.
 */
public final class PageReplies {

    static final int OK = 200;
    static final int NOT_FOUND = 404;

    private PageReplies() {
    }

    public static PageReply decide(String contextPath, String servletPath, Optional<String> pathInfo,
            MediaLibrary library) {
        Links links = new Links(contextPath);
        return switch (servletPath) {
            case "" -> folder(links, library, "/");
            case "/browse" -> browse(links, library, pathInfo.orElse(""));
            case "/watch" -> library.playback(pathInfo.orElse(""))
                    .<PageReply>map(playback -> new PageReply.Document(OK, PlayerPage.render(links, playback).html()))
                    .orElseGet(() -> notFound(links));
            default -> notFound(links);
        };
    }

    /** What every page, video and subtitle URL answers while the media folder cannot be used: the reason, in words. */
    public static PageReply.Unavailable unavailable(String contextPath, MediaRoot.Unavailable unavailable) {
        return new PageReply.Unavailable(MessagePage.unavailable(new Links(contextPath), unavailable.message()).html(),
                PageReply.Unavailable.RETRY_AFTER);
    }

    /** What every page, video and subtitle URL answers while the node drains: come back soon, perhaps elsewhere. */
    public static PageReply.Unavailable draining(String contextPath) {
        return new PageReply.Unavailable(MessagePage.draining(new Links(contextPath)).html(),
                PageReply.Unavailable.RETRY_AFTER);
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
                .<PageReply>map(folder -> new PageReply.Document(OK, LibraryPage.render(links, folder).html()))
                .orElseGet(() -> notFound(links));
    }

    private static PageReply notFound(Links links) {
        return new PageReply.Document(NOT_FOUND, MessagePage.notFound(links).html());
    }
}
