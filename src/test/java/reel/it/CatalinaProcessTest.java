package reel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The deploy test's idea of a problem in Tomcat's logs, on real lines of Tomcat 10.1 and 11. */
class CatalinaProcessTest {

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
        assertEquals(isProblem, CatalinaProcess.isProblem(line));
    }
}
