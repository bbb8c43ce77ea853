package reel.page;

import java.util.Optional;
import java.util.function.Supplier;
import reel.media.LibraryPath;
import reel.media.MediaLibrary;
import reel.media.MediaRoot;
import reel.search.RecentVideos;

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

    /** @param recent the newest videos, such as {@code index::recent}; asked for by the library home only */
    public static PageReply decide(String contextPath, String servletPath, Optional<String> pathInfo,
            MediaLibrary library, Supplier<RecentVideos> recent) {
        Links links = new Links(contextPath);
        return switch (servletPath) {
            case "" -> home(links, library, recent);
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

    private static PageReply home(Links links, MediaLibrary library, Supplier<RecentVideos> recent) {
        return library.list("/").<PageReply>map(folder -> new PageReply.Document(OK,
                        LibraryPage.render(links, folder, RecentRow.render(links, recent.get())).html()))
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
