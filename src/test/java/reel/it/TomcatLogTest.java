package reel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The deploy test's idea of a problem in Tomcat's logs, on real lines of Tomcat 10.1 and 11. */
class TomcatLogTest {

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            # problems
            25-Nov-2026 09:21:19.390 SEVERE [main] org.apache.catalina.core.StandardContext.startInternal One or more listeners failed to start. | true
            `	at org.apache.catalina.core.StandardContext.listenerStart(StandardContext.java:4030)`                          | true
            Caused by: java.lang.IllegalStateException: boom                                                                | true
            25-Nov-2026 09:21:25.330 WARNING [main] org.apache.catalina.loader.WebappClassLoaderBase.clearReferencesThreads The web application [reel] appears to have started a thread named [x] but has failed to stop it. This is very likely to create a memory leak. | true
            25-Nov-2026 09:21:25.330 WARNING [main] org.apache.catalina.loader.WebappClassLoaderBase.checkThreadLocalMapForLeaks The web application [reel] created a ThreadLocal with key of type [x] | true
            25-Nov-2026 09:21:25.330 WARNING [main] reel.web.BodyWriter.readFailed read failed file=/srv/a.mp4 range=0-9 at=0: gone | true
            # not problems
            25-Nov-2026 09:21:22.735 INFO [main] reel.web.ReelStartup.checked reel configuration: async.timeout=PT2H (default) | false
            25-Nov-2026 09:33:50.972 WARNING [main] org.apache.catalina.util.SessionIdGeneratorBase.createSecureRandom Creation of SecureRandom instance took [105] milliseconds. | false
            25-Nov-2026 09:21:21.852 INFO [main] org.apache.catalina.startup.VersionLoggerListener.log Command line argument: --add-opens=java.base/java.lang=ALL-UNNAMED | false
            """)
    void tellsProblemsFromNormalLines(String line, boolean isProblem) {
        assertEquals(isProblem, TomcatLog.isProblem(line));
    }

    @Test
    void theConnectorsParseErrorIsExpectedAndWhatFollowsIsNot() {
        List<String> log = """
                01-Dec-2026 14:20:41.943 INFO [http-nio-127.0.0.1-52513-exec-1] org.apache.coyote.http11.Http11Processor.service Error parsing HTTP request header
                 Note: further occurrences of HTTP request parsing errors will be logged at DEBUG level.
                \tjava.lang.IllegalArgumentException: Invalid character found in the request target [/reel/video/a\\b.mp4 ]
                \t\tat org.apache.coyote.http11.Http11InputBuffer.parseRequestLine(Http11InputBuffer.java:481)
                \t\tat org.apache.coyote.http11.Http11Processor.service(Http11Processor.java:279)
                01-Dec-2026 14:20:42.001 INFO [main] org.apache.catalina.startup.HostConfig.deployWAR Deploying web application archive [reel##002.war]
                01-Dec-2026 14:20:42.002 SEVERE [main] org.apache.catalina.core.StandardContext.startInternal One or more listeners failed to start.
                \tat org.apache.catalina.core.StandardContext.listenerStart(StandardContext.java:4030)
                """.lines().toList();

        assertEquals(List.of(log.get(6), log.get(7)), TomcatLog.problems(log));
    }
}
