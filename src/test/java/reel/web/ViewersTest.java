package reel.web;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import reel.access.ShareLinks;
import reel.access.ShareVerdict;
import reel.config.Access;
import reel.config.FolderRoles;
import reel.config.ShareSecret;
import reel.config.Sharing;
import reel.config.Syntax;
import reel.media.LibraryPath;
import reel.page.Viewer;

/**
 * Who a page is for, from a mocked request (the container's user and roles, the servlet path, a share
 * token) and the access settings: name, which places they may enter, which share links they may make,
 * and for someone holding a link the tokens its page links with.
 */
class ViewersTest {

    private static final ShareSecret SECRET = ShareSecret.parse("Vd3kP9sLq0Zx7Rb2Nw5Ty8Hc1Jm4Gf6Ae0Uo3Ki9Ql2").orElseThrow();
    private static final LibraryPath VIDEO = LibraryPath.parse("/Shorts/clip.mp4").orElseThrow();
    private static final LibraryPath BOARD = LibraryPath.parse("/Board/minutes.mp4").orElseThrow();
    /** A link to VIDEO as ShareServlet makes it; its expiry is a whole second. */
    private static final Instant EXPIRY = Instant.parse("2030-01-02T03:04:05Z");
    private static final String TOKEN = new ShareLinks(SECRET, Duration.ofDays(30)).sign(VIDEO.toString(), EXPIRY);

    /**
     * Columns: the request (servlet path, path info, user, roles held, share token), the settings
     * ({@code access.folders}, {@code share.secret} on or off, {@code share.role}, {@code share.max-age}),
     * then the viewer (name, may enter Board, the share durations offered, holds a grant). The token
     * {@code LINK} is a real one for /Shorts/clip.mp4; roles and durations are space-separated.
     */
    @ParameterizedTest(name = "{0}{1} {2} [{3}] share={4}; folders {5}, sharing {6} role {7} max {8} -> {9} Board {10} offers [{11}] grant {12}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # nobody signed in
            ''      | /                 | -     | -                         | -       | -                              | off | -           | 7d | -     | yes | -        | no
            /browse | /Board/           | -     | -                         | -       | Board:board-members            | on  | -           | 7d | -     | no  | -        | no
            # signed in: folder roles set or unset
            ''      | /                 | ana   | reel-viewer               | -       | Board:board-members            | off | -           | 7d | ana   | no  | -        | no
            ''      | /                 | carla | reel-viewer board-members | -       | Board:board-members            | off | -           | 7d | carla | yes | -        | no
            ''      | /                 | dan   | auditors                  | -       | Board:board-members,auditors   | off | -           | 7d | dan   | yes | -        | no
            ''      | /                 | ana   | reel-viewer               | -       | Board/Old:board-members        | off | -           | 7d | ana   | yes | -        | no
            ''      | /                 | ana   | reel-viewer               | -       | -                              | off | -           | 7d | ana   | yes | -        | no
            # sharing: on, and share.role held when it is set; the form offers what share.max-age allows
            /watch  | /Shorts/clip.mp4  | ana   | reel-viewer               | -       | -                              | on  | -           | 7d | ana   | yes | 1h 1d 7d | no
            /watch  | /Shorts/clip.mp4  | ana   | reel-viewer               | -       | -                              | on  | reel-sharer | 7d | ana   | yes | -        | no
            /watch  | /Shorts/clip.mp4  | ana   | reel-viewer reel-sharer   | -       | -                              | on  | reel-sharer | 7d | ana   | yes | 1h 1d 7d | no
            /watch  | /Shorts/clip.mp4  | ana   | reel-sharer               | -       | Board:board-members            | on  | reel-sharer | 2d | ana   | no  | 1h 1d    | no
            /watch  | /Shorts/clip.mp4  | ana   | reel-sharer               | -       | -                              | on  | reel-sharer | 1h | ana   | yes | 1h       | no
            /watch  | /Shorts/clip.mp4  | ana   | reel-sharer               | -       | -                              | on  | reel-sharer | 30d | ana  | yes | 1h 1d 7d | no
            /watch  | /Shorts/clip.mp4  | ana   | reel-sharer               | -       | -                              | off | reel-sharer | 7d | ana   | yes | -        | no
            /watch  | /Shorts/clip.mp4  | ana   | reel-sharer               | -       | -                              | off | -           | 7d | ana   | yes | -        | no
            /watch  | /Shorts/clip.mp4  | -     | -                         | -       | -                              | on  | -           | 7d | -     | yes | -        | no
            # a share token: on a player page (SignInFilter has checked it for that file), with sharing on
            /watch  | /Shorts/clip.mp4  | -     | -                         | LINK    | Board:board-members            | on  | reel-sharer | 7d | -     | yes | -        | yes
            /watch  | /Shorts/clip.mp4  | ana   | reel-sharer               | LINK    | Board:board-members            | on  | reel-sharer | 7d | -     | yes | -        | yes
            # elsewhere, or with sharing off, a token opens nothing: the viewer is who signed in
            /browse | /Shorts/          | -     | -                         | LINK    | Board:board-members            | on  | -           | 7d | -     | no  | -        | no
            ''      | /                 | ana   | reel-sharer               | LINK    | Board:board-members            | on  | reel-sharer | 7d | ana   | no  | 1h 1d 7d | no
            /search | -                 | ana   | reel-sharer               | LINK    | Board:board-members            | on  | reel-sharer | 7d | ana   | no  | 1h 1d 7d | no
            /watch  | /Shorts/clip.mp4  | ana   | reel-sharer               | LINK    | Board:board-members            | off | reel-sharer | 7d | ana   | no  | -        | no
            # /watch without a path: the filter judged no token there, so none is taken, even one reel did not make
            /watch  | -                 | ana   | reel-sharer               | LINK    | Board:board-members            | on  | reel-sharer | 7d | ana   | no  | 1h 1d 7d | no
            /watch  | -                 | ana   | reel-sharer               | garbage | Board:board-members            | on  | reel-sharer | 7d | ana   | no  | 1h 1d 7d | no
            """)
    void viewerOfARequest(String servletPath, String pathInfo, String user, String roles, String share, String folders,
            String secret, String shareRole, String maxAge, String signedIn, String entersBoard, String offers,
            String grant) {
        Access access = new Access(Optional.of("reel-viewer"),
                folders == null ? FolderRoles.NONE : FolderRoles.parse(folders).orElseThrow(),
                new Sharing(secret.equals("on") ? Optional.of(SECRET) : Optional.empty(), Optional.ofNullable(shareRole),
                        Syntax.duration(maxAge).orElseThrow()));

        Viewer viewer = Viewers.of(request(servletPath, pathInfo, user, roles, "LINK".equals(share) ? TOKEN : share), access);

        assertAll(
                () -> assertEquals(Optional.ofNullable(signedIn), viewer.signedIn()),
                () -> assertEquals(entersBoard.equals("yes"), viewer.mayEnter().test(BOARD), "may enter " + BOARD),
                () -> assertTrue(viewer.mayEnter().test(VIDEO), "no rule covers " + VIDEO),
                () -> assertTrue(viewer.mayEnter().test(LibraryPath.ROOT), "no rule covers the library"),
                () -> assertEquals(durations(offers), viewer.shareFor()),
                () -> assertEquals(grant.equals("yes"), viewer.grant().isPresent()),
                () -> assertEquals(grant.equals("yes"), viewer.isLinkHolder(), "shown only what lies beside the video"));
    }

    /**
     * Whoever holds the link gets, for each file its player page links to (the video, its subtitles), a
     * token of that file's own that ends when the link does: the link opens that page's files and no others.
     */
    @Test
    void aLinksHolderGetsATokenPerFileThatEndsWithTheLink() {
        Access access = new Access(Optional.of("reel-viewer"), FolderRoles.NONE,
                new Sharing(Optional.of(SECRET), Optional.empty(), Sharing.DEFAULT_MAX_AGE));
        Function<LibraryPath, String> grant = Viewers.of(request("/watch", VIDEO.toString(), null, null, TOKEN), access)
                .grant().orElseThrow();
        LibraryPath subtitles = LibraryPath.parse("/Shorts/clip.en.vtt").orElseThrow();
        ShareLinks links = new ShareLinks(SECRET, Sharing.DEFAULT_MAX_AGE);
        Instant before = EXPIRY.minus(Duration.ofDays(1));

        assertAll(
                () -> assertEquals(TOKEN, grant.apply(VIDEO)),
                () -> assertEquals(EXPIRY, ShareLinks.expiry(grant.apply(subtitles))),
                () -> assertEquals(ShareVerdict.VALID, links.verify(subtitles.toString(), grant.apply(subtitles), before)),
                () -> assertEquals(ShareVerdict.EXPIRED, links.verify(subtitles.toString(), grant.apply(subtitles), EXPIRY)),
                () -> assertEquals(ShareVerdict.FORGED, links.verify(BOARD.toString(), grant.apply(subtitles), before)),
                () -> assertNotEquals(grant.apply(VIDEO), grant.apply(subtitles)));
    }

    private static HttpServletRequest request(String servletPath, String pathInfo, String user, String roles,
            String share) {
        Set<String> held = roles == null ? Set.of() : Set.copyOf(Arrays.asList(roles.split(" ")));
        HttpServletRequest request = mock(HttpServletRequest.class);
        when(request.getContextPath()).thenReturn("/reel");
        when(request.getServletPath()).thenReturn(servletPath);
        when(request.getPathInfo()).thenReturn(pathInfo);
        when(request.getRemoteUser()).thenReturn(user);
        when(request.isUserInRole(anyString())).thenAnswer(call -> user != null && held.contains(call.<String>getArgument(0)));
        when(request.getParameter("share")).thenReturn(share);
        return request;
    }

    /** {@code 1h 1d 7d} as durations; {@code null} for none. */
    private static List<Duration> durations(String offers) {
        return offers == null ? List.of()
                : Arrays.stream(offers.split(" ")).map(text -> Syntax.duration(text).orElseThrow()).toList();
    }
}
