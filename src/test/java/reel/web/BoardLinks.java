package reel.web;

import static org.mockito.Mockito.when;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Links into a folder for some roles only, as the servlet tests build them beside their own files:
 * <pre>
 * Board/{Minutes.mp4, Minutes.en.vtt}, Public/{Talk.mp4, Talk.fr.srt, Zoo.mp4,
 *     board-link -> ../Board, minutes.mp4 -> ../Board/Minutes.mp4, Talk.en.vtt -> ../Board/Minutes.en.vtt,
 *     minutes.en.vtt -> ../Board/Minutes.en.vtt}
 * </pre>
 * {@code Board} is for {@code board-members} ({@link #RULES}): Ana does not hold the role, Carla does. Beside
 * Talk.mp4, Talk.fr.srt really is there and Talk.en.vtt is a link into Board; beside minutes.mp4, a link into
 * Board, minutes.en.vtt leads to its real sibling.
 */
final class BoardLinks {

    static final String RULES = "Board:board-members";
    static final String ANA = "ana";
    static final String CARLA = "carla";

    private BoardLinks() {
    }

    static void write(Path root) throws IOException {
        Files.createDirectories(root.resolve("Board"));
        Files.createDirectories(root.resolve("Public"));
        Files.writeString(root.resolve("Board/Minutes.mp4"), "0123456789");
        Files.writeString(root.resolve("Board/Minutes.en.vtt"), "WEBVTT\n");
        Files.writeString(root.resolve("Public/Talk.mp4"), "0123456789");
        Files.writeString(root.resolve("Public/Zoo.mp4"), "0123456789");
        Files.writeString(root.resolve("Public/Talk.fr.srt"), "1\n00:00:01,000 --> 00:00:02,000\nBonjour\n");
        Files.createSymbolicLink(root.resolve("Public/board-link"), Path.of("../Board"));
        Files.createSymbolicLink(root.resolve("Public/minutes.mp4"), Path.of("../Board/Minutes.mp4"));
        Files.createSymbolicLink(root.resolve("Public/Talk.en.vtt"), Path.of("../Board/Minutes.en.vtt"));
        Files.createSymbolicLink(root.resolve("Public/minutes.en.vtt"), Path.of("../Board/Minutes.en.vtt"));
    }

    /** The request as the container answers for {@code user}, signed in with reel's role. */
    static HttpServletRequest signedIn(HttpServletRequest request, String user) {
        when(request.getRemoteUser()).thenReturn(user);
        when(request.isUserInRole("reel-viewer")).thenReturn(true);
        when(request.isUserInRole("board-members")).thenReturn(user.equals(CARLA));
        return request;
    }
}
