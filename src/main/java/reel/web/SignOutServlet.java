package reel.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import reel.page.PageReplies;

/**
 * {@code POST /sign-out}: forgets the signed-in user in the container ({@link HttpServletRequest#logout},
 * and the session if an authenticator made one) and answers with a page that says so. The answer is a
 * 401 with reel's Basic challenge, because a browser keeps Basic credentials and sends them again
 * unasked until a 401 for its realm tells it they no longer hold.
 */
public final class SignOutServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** The realm-name of web.xml's login-config; the challenge must name it for the browser to drop its credentials. */
    static final String REALM = "reel";

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException,
            ServletException {
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        PageWriter.write(PageReplies.signedOut(request.getContextPath(), REALM), response);
    }
}
