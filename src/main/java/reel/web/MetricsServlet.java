package reel.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import reel.config.EndpointAccess;
import reel.metrics.PrometheusText;

/**
 * {@code GET /metrics}: the stream counters in the Prometheus text format; 404 when switched off and
 * 403 for addresses {@code reel.metrics.allow} does not match.
 */
public final class MetricsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Deployment deployment = Deployment.of(getServletContext());
        EndpointAccess.Decision access = deployment.config().metrics()
                .decide(request.getRemoteAddr(), OperationsEndpoints.forwardedFor(request));
        if (access != EndpointAccess.Decision.SERVE) {
            OperationsEndpoints.refuse(access, response);
            return;
        }
        String text = PrometheusText.render(deployment.metrics().snapshot(),
                deployment.metrics().accessRefusals().snapshot());
        OperationsEndpoints.write(response, HttpServletResponse.SC_OK, PrometheusText.CONTENT_TYPE,
                text.getBytes(StandardCharsets.UTF_8));
    }
}
