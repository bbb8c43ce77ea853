package reel.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import reel.config.EndpointAccess;
import reel.media.HealthReport;
import reel.media.RecentFileCount;

/**
 * {@code GET /health}: 200 and a small JSON object when the media folder can be read, 503 with the
 * reason when not; 404 when switched off and 403 for addresses {@code reel.health.allow} does not match.
 */
public final class HealthServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient RecentFileCount fileCount = new RecentFileCount(System::nanoTime);

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Deployment deployment = Deployment.of(getServletContext());
        EndpointAccess.Decision access = deployment.config().health()
                .decide(request.getRemoteAddr());
        if (access != EndpointAccess.Decision.SERVE) {
            OperationsEndpoints.refuse(access, response);
            return;
        }
        HealthReport report = HealthReport.check(deployment.root(), ReelStartup.version(),
                deployment.started(), fileCount::of);
        OperationsEndpoints.write(response, report.status(), "application/json",
                report.toJson().getBytes(StandardCharsets.UTF_8));
    }
}
