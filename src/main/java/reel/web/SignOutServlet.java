package reel.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import reel.access.SignOut;
import reel.page.PageReplies;

/**
 * {@code POST /sign-out}: forgets the signed-in user in the container ({@link HttpServletRequest#logout},
 * and the session if an authenticator made one) and answers with a page that says so, when
 * {@link SignOut} says this request may; a Basic user's browser is also told to drop its credentials.
 */
public final class SignOutServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** The realm-name of web.xml's login-config; the challenge must name it for the browser to drop its credentials. */
    static final String REALM = "reel";

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException,
            ServletException {
        SignOut outcome = SignOut.decide(Deployment.of(getServletContext()).access().requiresSignIn(),
                Optional.ofNullable(request.getAuthType()), header(request, "Origin"), header(request, "Referer"),
                header(request, "Host"));
        if (outcome == SignOut.CHALLENGE || outcome == SignOut.SIGNED_OUT) {
            request.logout();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
        }
        PageWriter.write(PageReplies.signOut(request.getContextPath(), outcome, REALM), response);
    }

    private static Optional<String> header(HttpServletRequest request, String name) {
        return Optional.ofNullable(request.getHeader(name));
    }
}
