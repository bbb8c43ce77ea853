package reel.page;

import java.util.Optional;
import java.util.function.Supplier;
import reel.access.ShareOutcome;
import reel.access.SignOut;
import reel.media.FolderView;
import reel.media.LibraryPath;
import reel.media.MediaLibrary;
import reel.media.MediaRoot;
import reel.media.Playback;
import reel.search.RecentVideos;

/**
 * Decides every page answer from the request's paths and the library, so the servlet only writes.
 * {@code servletPath} is one of web.xml's mappings: {@code ""} (the context root), {@code /browse},
 * {@code /watch}. Folder pages read {@link FolderQuery}'s parameters from the query.
 */
public final class PageReplies {

    static final int OK = 200;
    static final int NOT_FOUND = 404;
    static final int FORBIDDEN = 403;

    private PageReplies() {
    }

    /** @param recent the newest videos, such as {@code index::recent}; asked for by the library's home only */
    public static PageReply decide(String contextPath, String servletPath, Optional<String> pathInfo,
            QueryParameters parameters, MediaLibrary library, Supplier<RecentVideos> recent) {
        return decide(contextPath, Viewer.EVERYONE, servletPath, pathInfo, parameters, library, recent);
    }

    /**
     * The same for {@code viewer}: their name in the header, folders they may not see left out of listings.
     * The URL's own path is the sign-in filter's to judge ({@link reel.access.Door}); where a link in it leads
     * is judged here, as only the library knows.
     */
    public static PageReply decide(String contextPath, Viewer viewer, String servletPath,
            Optional<String> pathInfo, QueryParameters parameters, MediaLibrary library, Supplier<RecentVideos> recent) {
        Links links = new Links(contextPath, viewer.signedIn(), viewer.grant());
        return switch (servletPath) {
            case "" -> folder(links, viewer, library, "/", parameters, recent);
            case "/browse" -> browse(links, viewer, library, pathInfo.orElse(""), parameters, recent);
            case "/watch" -> watch(links, viewer, library, pathInfo.orElse(""));
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

    /** 404 for a place a user may not see, the same page as for one that does not exist. */
    public static PageReply notFound(String contextPath, Optional<String> signedIn) {
        return notFound(new Links(contextPath, signedIn));
    }

    /** 403 for a signed-in user without the role reel asks for. */
    public static PageReply forbidden(String contextPath, Optional<String> signedIn) {
        return new PageReply.Document(FORBIDDEN, MessagePage.forbidden(new Links(contextPath, signedIn)).html());
    }

    /** 403 for a share link that is altered, expired or for another file. */
    public static PageReply shareInvalid(String contextPath) {
        return new PageReply.Document(FORBIDDEN, MessagePage.shareInvalid(new Links(contextPath)).html());
    }

    /** What a request to make a share link gets: the link on a page, or why there is none. */
    public static PageReply share(String contextPath, Optional<String> signedIn, ShareOutcome outcome) {
        Links links = new Links(contextPath, signedIn);
        if (outcome instanceof ShareOutcome.Made made) {
            LibraryPath video = LibraryPath.parse(made.path()).orElseThrow();
            return new PageReply.Unstored(made.status(), SharePage.render(links, made.origin(), video, made.token(),
                    made.expiry()).html());
        }
        if (outcome instanceof ShareOutcome.NoSuchVideo || outcome instanceof ShareOutcome.SharingOff) {
            return notFound(links);
        }
        if (outcome instanceof ShareOutcome.BadDuration bad) {
            return new PageReply.Document(bad.status(), MessagePage.badShare(links).html());
        }
        if (outcome instanceof ShareOutcome.CrossSite || outcome instanceof ShareOutcome.NotAllowed) {
            return new PageReply.Document(outcome.status(), MessagePage.mayNotShare(links).html());
        }
        throw new AssertionError(outcome);
    }

    /**
     * What a sign-out request gets: a page that says so (with the challenge that makes a browser forget Basic
     * credentials), a refusal from another site, or nothing at all where sign-in is off.
     */
    public static PageReply signOut(String contextPath, SignOut outcome, String realm) {
        Links links = new Links(contextPath);
        return switch (outcome) {
            case NOT_HERE -> notFound(links);
            case CROSS_SITE -> new PageReply.Document(outcome.status(), MessagePage.crossSiteSignOut(links).html());
            case CHALLENGE -> new PageReply.Challenge(MessagePage.signedOut(links).html(), realm);
            case SIGNED_OUT -> new PageReply.Document(outcome.status(), MessagePage.signedOutWithoutChallenge(links).html());
        };
    }

    /**
     * A player page; {@link PageReply.Hidden} when a link puts the video where the viewer may not enter. Someone
     * holding a share link gets the video with only the subtitles that really lie beside it: the sign-in filter
     * checked their token for the video alone, and the page makes a token for every file it links to.
     */
    private static PageReply watch(Links links, Viewer viewer, MediaLibrary library, String pathInfo) {
        Optional<Playback> playback = viewer.isLinkHolder() ? library.sharedPlayback(pathInfo)
                : library.playback(pathInfo, viewer.mayEnter());
        if (playback.isEmpty()) {
            return notFound(links);
        }
        if (!viewer.mayEnter().test(playback.get().file().place())) {
            return hidden(links);
        }
        return new PageReply.Document(OK, PlayerPage.render(links, playback.get(), viewer.shareFor()).html());
    }

    /** A folder's one address ends with a slash, so relative links resolve inside it; the root's is the library's. */
    private static PageReply browse(Links links, Viewer viewer, MediaLibrary library, String pathInfo,
            QueryParameters parameters, Supplier<RecentVideos> recent) {
        if (pathInfo.endsWith("/") && !pathInfo.equals("/")) {
            return folder(links, viewer, library, pathInfo, parameters, recent);
        }
        // The container decoded pathInfo, so the redirect encodes it again segment by segment.
        return LibraryPath.parseFolder(pathInfo)
                .<PageReply>map(path -> new PageReply.Redirect(links.folder(path)))
                .orElseGet(() -> notFound(links));
    }

    /**
     * A folder page as its query asks: a query spelled otherwise than {@link FolderQuery#parameters()}
     * (a bad value, a default spelled out, a repeat) and a page past the last are sent to the closest view.
     */
    private static PageReply folder(Links links, Viewer viewer, MediaLibrary library, String path,
            QueryParameters parameters, Supplier<RecentVideos> recent) {
        FolderQuery query = FolderQuery.read(parameters);
        Optional<FolderView> view = library.list(path, query.selection(), viewer.mayEnter());
        if (view.isEmpty()) {
            return notFound(links);
        }
        // Before any redirect, which a folder that does not exist never gets.
        if (!viewer.mayEnter().test(view.get().place())) {
            return hidden(links);
        }
        LibraryPath folder = view.get().shown().path();
        Paging paging = new Paging(query.page(), Paging.VIDEOS_PER_PAGE, view.get().matchingVideos());
        if (!paging.exists()) {
            return PageReply.Redirect.found(links.folder(folder, query.onPage(paging.lastPage())));
        }
        if (!query.isSpelledBy(parameters)) {
            return PageReply.Redirect.found(links.folder(folder, query));
        }
        return new PageReply.Document(OK, LibraryPage.render(links, view.get(), query, paging, recent).html());
    }

    private static PageReply notFound(Links links) {
        return new PageReply.Document(NOT_FOUND, MessagePage.notFound(links).html());
    }

    private static PageReply hidden(Links links) {
        return new PageReply.Hidden(MessagePage.notFound(links).html());
    }
}
