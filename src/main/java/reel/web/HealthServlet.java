package reel.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import reel.config.EndpointAccess;
import reel.media.HealthReport;
import reel.media.RecentFileCount;

/**
 * {@code GET /health}: 200 and a small JSON object when the media folder can be read, 503 with the
 * reason when not or while draining; 404 when switched off and 403 for addresses {@code reel.health.allow}
 * does not match. Only a client on this machine is told the media folder's path.
 */
public final class HealthServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient RecentFileCount fileCount = new RecentFileCount(System::nanoTime);

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Deployment deployment = Deployment.of(getServletContext());
        List<String> forwardedFor = OperationsEndpoints.forwardedFor(request);
        EndpointAccess.Decision access = deployment.config().health().decide(request.getRemoteAddr(), forwardedFor);
        if (access != EndpointAccess.Decision.SERVE) {
            OperationsEndpoints.refuse(access, response);
            return;
        }
        HealthReport report = HealthReport.check(deployment.root(), ReelStartup.version(),
                deployment.started(), fileCount::of, deployment.drain().isDraining());
        HealthReport.Audience audience = EndpointAccess.isLoopback(request.getRemoteAddr(), forwardedFor)
                ? HealthReport.Audience.LOCAL : HealthReport.Audience.REMOTE;
        OperationsEndpoints.write(response, report.status(), "application/json",
                report.toJson(audience).getBytes(StandardCharsets.UTF_8));
    }
}
