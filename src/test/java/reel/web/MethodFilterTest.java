package reel.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletMapping;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import reel.config.Access;
import reel.config.FolderRoles;
import reel.config.ShareSecret;
import reel.config.Sharing;
import reel.http.AllowedMethods;
import reel.stream.RecordedResponse;

class MethodFilterTest {

    private static final Sharing SHARING = new Sharing(ShareSecret.parse("s".repeat(ShareSecret.MINIMUM_LENGTH)),
            Optional.empty(), Sharing.DEFAULT_MAX_AGE);

    @ParameterizedTest(name = "{1} to {0} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            video     | GET     | servlet
            video     | HEAD    | servlet
            video     | OPTIONS | servlet
            video     | POST    | GET, HEAD, OPTIONS
            video     | PUT     | GET, HEAD, OPTIONS
            video     | DELETE  | GET, HEAD, OPTIONS
            page      | PATCH   | GET, HEAD, OPTIONS
            subtitles | POST    | GET, HEAD, OPTIONS
            search    | POST    | GET, HEAD, OPTIONS
            health    | POST    | GET, HEAD, OPTIONS
            metrics   | DELETE  | GET, HEAD, OPTIONS
            share     | POST    | servlet
            share     | GET     | POST, OPTIONS
            share     | HEAD    | POST, OPTIONS
            sign-out  | POST    | servlet
            sign-out  | GET     | POST, OPTIONS
            default   | PUT     | servlet
            """)
    void aMethodTheServletDoesNotServeIs405WithAllow(String servlet, String method, String expected) throws Exception {
        MethodFilter filter = filter(new Access(Optional.of("reel-viewer"), FolderRoles.NONE, SHARING));
        HttpServletRequest request = mock(HttpServletRequest.class);
        HttpServletMapping mapping = mock(HttpServletMapping.class);
        when(mapping.getServletName()).thenReturn(servlet);
        when(request.getHttpServletMapping()).thenReturn(mapping);
        when(request.getMethod()).thenReturn(method);
        RecordedResponse response = new RecordedResponse();
        List<String> passed = new ArrayList<>();

        filter.doFilter(request, response.mock, (req, res) -> passed.add("servlet"));

        if (expected.equals("servlet")) {
            assertEquals(List.of("servlet"), passed);
            assertEquals(Optional.empty(), response.error);
        } else {
            assertEquals(List.of(), passed);
            assertEquals(Optional.of(405), response.error);
            assertEquals(expected, response.header("Allow"));
        }
    }

    /** With their feature off, the forms are no address at all, whatever the method: 404, never a 405 or OPTIONS. */
    @ParameterizedTest(name = "{1} to {0}, signed in: {2} -> 404")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            share    | POST    | -
            share    | GET     | -
            share    | OPTIONS | ana
            sign-out | POST    | -
            sign-out | GET     | -
            sign-out | OPTIONS | -
            """)
    void theFormOfAFeatureThatIsOffIsNotFoundForAnyMethod(String servlet, String method, String user) throws Exception {
        HttpServletRequest request = mock(HttpServletRequest.class);
        HttpServletMapping mapping = mock(HttpServletMapping.class);
        when(mapping.getServletName()).thenReturn(servlet);
        when(request.getHttpServletMapping()).thenReturn(mapping);
        when(request.getMethod()).thenReturn(method);
        when(request.getContextPath()).thenReturn("/reel");
        when(request.getRemoteUser()).thenReturn(user);
        RecordedResponse response = new RecordedResponse();
        List<String> passed = new ArrayList<>();

        filter(Access.OPEN).doFilter(request, response.mock, (req, res) -> passed.add("servlet"));

        assertEquals(List.of(), passed);
        assertEquals(404, response.status);
        assertEquals(null, response.header("Allow"));
        assertTrue(response.body.toString(java.nio.charset.StandardCharsets.UTF_8).contains("<h1>Not found</h1>"));
    }

    private static MethodFilter filter(Access access) throws Exception {
        ServletContext context = mock(ServletContext.class);
        DeploymentStub deployment = new DeploymentStub(context);
        deployment.root = new reel.media.MediaRoot.Unavailable("not needed");
        deployment.access(access);
        FilterConfig config = mock(FilterConfig.class);
        when(config.getServletContext()).thenReturn(context);
        MethodFilter filter = new MethodFilter();
        filter.init(config);
        return filter;
    }

    /**
     * The table, web.xml and the servlets agree: the filter is mapped to every servlet web.xml declares,
     * and each servlet's entry is what its class implements (doGet: read; doPost: act).
     */
    @Test
    void theTableIsWhatEachServletInWebXmlImplements() throws Exception {
        Document webXml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(Path.of("webapp/WEB-INF/web.xml").toFile());
        Map<String, String> classes = new HashMap<>();
        NodeList servlets = webXml.getElementsByTagName("servlet");
        for (int i = 0; i < servlets.getLength(); i++) {
            Element servlet = (Element) servlets.item(i);
            classes.put(text(servlet, "servlet-name"), text(servlet, "servlet-class"));
        }
        Set<String> filtered = new java.util.HashSet<>();
        NodeList mappings = webXml.getElementsByTagName("filter-mapping");
        for (int i = 0; i < mappings.getLength(); i++) {
            Element mapping = (Element) mappings.item(i);
            if (text(mapping, "filter-name").equals("methods")) {
                NodeList names = mapping.getElementsByTagName("servlet-name");
                for (int j = 0; j < names.getLength(); j++) {
                    filtered.add(names.item(j).getTextContent().strip());
                }
            }
        }

        assertEquals(classes.keySet(), filtered, "the filter guards every servlet");
        assertEquals(classes.keySet(), MethodFilter.BY_SERVLET.keySet());
        for (Map.Entry<String, String> servlet : classes.entrySet()) {
            Set<String> implemented = Arrays.stream(Class.forName(servlet.getValue()).getDeclaredMethods())
                    .map(java.lang.reflect.Method::getName).filter(name -> name.matches("do(Get|Post|Put|Delete)"))
                    .collect(Collectors.toSet());
            AllowedMethods expected = implemented.equals(Set.of("doGet")) ? AllowedMethods.READ
                    : implemented.equals(Set.of("doPost")) ? AllowedMethods.ACT : null;
            assertEquals(expected, MethodFilter.BY_SERVLET.get(servlet.getKey()), servlet::toString);
        }
    }

    private static String text(Element parent, String tag) {
        return parent.getElementsByTagName(tag).item(0).getTextContent().strip();
    }
}
