package reel.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import reel.stream.RecordedResponse;

class SecurityHeadersFilterTest {

    @Test
    void everyResponseCarriesTheFieldsBeforeTheServletRuns() throws Exception {
        RecordedResponse response = new RecordedResponse();
        List<Map<String, String>> seenByTheServlet = new ArrayList<>();

        new SecurityHeadersFilter().doFilter(mock(HttpServletRequest.class), response.mock,
                (request, servletResponse) -> seenByTheServlet.add(Map.copyOf(response.headers)));

        assertEquals(List.of(Map.of("X-Content-Type-Options", "nosniff", "Referrer-Policy", "same-origin")),
                seenByTheServlet);
    }
}
