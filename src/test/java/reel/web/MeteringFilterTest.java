package reel.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import reel.metrics.MetricsSnapshot;
import reel.media.MediaRoot;
import reel.metrics.StreamMetrics;
import reel.stream.RecordedResponse;
import reel.stream.ReadFailures;
import reel.stream.Sendfile;

class MeteringFilterTest {

    private final StreamMetrics metrics = new StreamMetrics();
    private final HttpServletRequest request = mock(HttpServletRequest.class);
    private final MeteringFilter filter = new MeteringFilter();

    @BeforeEach
    void initWithMetricsInTheContext() throws Exception {
        ServletContext context = mock(ServletContext.class);
        DeploymentStub deployment = new DeploymentStub(context);
        deployment.root = new MediaRoot.Unavailable("not needed");
        deployment.metrics = metrics;
        FilterConfig config = mock(FilterConfig.class);
        when(config.getServletContext()).thenReturn(context);
        filter.init(config);
    }

    /** The servlet writes {@code writes} chunks of 1000 bytes with {@code status}; the client leaves after {@code failAfter}. */
    @ParameterizedTest(name = "{0} x 1000 B, {1}, client leaves after {2} B -> {3} B counted, aborted {4}")
    @CsvSource(textBlock = """
            3, 200, 100000, 3000, false
            3, 206, 100000, 3000, false
            0, 304, 100000, 0,    false
            3, 200, 2500,   2000, true
            1, 206, 0,      0,    true
            """)
    void countsStatusBytesAndAborts(int writes, int status, long failAfter, long bytes, boolean aborted)
            throws Exception {
        RecordedResponse response = new RecordedResponse().failingAfter(failAfter);

        filter.doFilter(request, response.mock, servletWriting(writes, status));

        MetricsSnapshot snapshot = metrics.snapshot();
        assertEquals(Map.of(status, 1L), snapshot.requestsByStatus());
        assertEquals(bytes, snapshot.bytesServed());
        assertEquals(aborted ? 1 : 0, snapshot.clientAborts());
        assertEquals(0, snapshot.activeStreams());
        assertEquals(1, snapshot.streamDuration().count());
    }

    /**
     * A range handed to Tomcat's sendfile never passes the stream, and Tomcat does not say how much of
     * it went out or when: it counts by status, with no bytes, duration or abort made up.
     */
    @Test
    void aResponseHandedToSendfileCountsByStatusOnly() throws Exception {
        when(request.getAttribute(Sendfile.FILENAME)).thenReturn("/srv/a.mp4");
        when(request.getAttribute(Sendfile.START)).thenReturn(0L);
        when(request.getAttribute(Sendfile.END)).thenReturn(3L << 30);

        filter.doFilter(request, new RecordedResponse().mock, servletWriting(0, 206));

        MetricsSnapshot snapshot = metrics.snapshot();
        assertEquals(Map.of(206, 1L), snapshot.requestsByStatus());
        assertEquals(1, snapshot.sendfileResponses());
        assertEquals(0, snapshot.bytesServed());
        assertEquals(0, snapshot.activeStreams());
        assertEquals(0, snapshot.streamDuration().count());
    }

    /** A response the stream cut short for its own fault is a read failure, even though its write then failed. */
    @Test
    void aResponseMarkedAsAReadFailureIsNotAClientAbort() throws Exception {
        when(request.getAttribute(ReadFailures.ATTRIBUTE)).thenReturn(Boolean.TRUE);
        RecordedResponse response = new RecordedResponse().failingAfter(1500);

        filter.doFilter(request, response.mock, servletWriting(3, 200));

        MetricsSnapshot snapshot = metrics.snapshot();
        assertEquals(1, snapshot.readFailures());
        assertEquals(0, snapshot.clientAborts());
        assertEquals(1000, snapshot.bytesServed());
    }

    @Test
    void anErrorSentByTheServletIsCountedWithItsStatus() throws Exception {
        RecordedResponse response = new RecordedResponse();

        filter.doFilter(request, response.mock, (req, res) -> ((HttpServletResponse) res).sendError(404));

        assertEquals(Map.of(404, 1L), metrics.snapshot().requestsByStatus());
    }

    @Test
    void aServletThatThrowsStillEndsItsStream() {
        RecordedResponse response = new RecordedResponse();

        assertThrows(IllegalStateException.class, () -> filter.doFilter(request, response.mock, (req, res) -> {
            throw new IllegalStateException("bug");
        }));

        assertEquals(0, metrics.snapshot().activeStreams());
    }

    /** Like a servlet whose writer stops at the first failed write, as BodyWriter does. */
    private static FilterChain servletWriting(int writes, int status) {
        return (req, res) -> {
            HttpServletResponse http = (HttpServletResponse) res;
            http.setStatus(status);
            ServletOutputStream out = http.getOutputStream();
            try {
                for (int write = 0; write < writes; write++) {
                    out.write(new byte[1000]);
                }
            } catch (IOException clientGone) {
                // quiet, as for a real client that disconnects
            }
        };
    }
}
