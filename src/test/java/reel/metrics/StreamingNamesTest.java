package reel.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import javax.management.ObjectName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StreamingNamesTest {

    @ParameterizedTest(name = "path ''{0}'' version ''{1}'' instance {2} -> {3} and {4}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            # Tomcat's parallel deployment: reel##002.war
            /reel     | 002        | 1 | reel:type=Streaming,context=/reel           | reel:type=Streaming,context=/reel,version=002
            # reel.war, without a version
            /reel     | ``         | 1 | reel:type=Streaming,context=/reel           | reel:type=Streaming,context=/reel,version=
            # ROOT.war and ROOT##7.war, named as Tomcat names the root context in its own beans
            ``        | 7          | 1 | reel:type=Streaming,context=/               | reel:type=Streaming,context=/,version=7
            /films/hd | 2026-12-01 | 1 | reel:type=Streaming,context=/films/hd       | reel:type=Streaming,context=/films/hd,version=2026-12-01
            # the same path and version a second time in one JVM (another Tomcat host)
            /reel     | 002        | 2 | reel:type=Streaming,context=/reel           | reel:type=Streaming,context=/reel,version=002,instance=2
            # characters an ObjectName value may not hold bare are quoted, not refused
            /a,b      | x=1        | 1 | `reel:type=Streaming,context="/a,b"`        | `reel:type=Streaming,context="/a,b",version="x=1"`
            /what?    | *          | 1 | `reel:type=Streaming,context="/what\\?"`     | `reel:type=Streaming,context="/what\\?",version="\\*"`
            """)
    void namesComeFromThePathAndTheVersion(String contextPath, String version, int instance, String context,
            String own) throws Exception {
        StreamingNames names = new StreamingNames(contextPath, version);

        assertEquals(new ObjectName(context), names.context());
        assertEquals(new ObjectName(own), names.version(instance));
        assertEquals(false, names.context().isPattern(), "a name, never a pattern");
    }

    @ParameterizedTest(name = "{0} among [{1}] -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # alone
            context=/reel,version=001 | context=/reel,version=001                             | true
            # the newest of two or three holds the context's name
            context=/reel,version=001 | context=/reel,version=001 ; context=/reel,version=002 | false
            context=/reel,version=002 | context=/reel,version=001 ; context=/reel,version=002 | true
            context=/reel,version=003 | context=/reel,version=001 ; context=/reel,version=002 ; context=/reel,version=003 | true
            context=/reel,version=002 | context=/reel,version=001 ; context=/reel,version=002 ; context=/reel,version=003 | false
            # Tomcat's order is String order: no version first, and 11 before 2
            context=/reel,version=    | context=/reel,version= ; context=/reel,version=001    | false
            context=/reel,version=001 | context=/reel,version= ; context=/reel,version=001    | true
            context=/reel,version=11  | context=/reel,version=11 ; context=/reel,version=2    | false
            context=/reel,version=2   | context=/reel,version=11 ; context=/reel,version=2    | true
            # the same version twice: the later registration
            context=/reel,version=001 | context=/reel,version=001 ; context=/reel,version=001,instance=2 | false
            context=/reel,version=001,instance=2 | context=/reel,version=001 ; context=/reel,version=001,instance=2 | true
            # what does not count: other paths, the context names themselves, other types and domains
            context=/reel,version=001 | context=/reel,version=001 ; context=/films,version=009  | true
            context=/reel,version=001 | context=/reel,version=001 ; context=/reel               | true
            context=/reel,version=001 | context=/reel,version=001 ; context=/reel,version=009,type=Other | true
            context=/reel,version=001 | context=/reel,version=001 ; other:type=Streaming,context=/reel,version=009 | true
            # not registered at all
            context=/reel,version=001 | context=/reel,version=000                             | false
            """)
    void theNewestVersionOfAPathHoldsItsName(String deployment, String registered, boolean isNewest) throws Exception {
        List<ObjectName> names = Arrays.stream(registered.split(";")).map(String::strip)
                .map(StreamingNamesTest::name).toList();

        assertEquals(isNewest, StreamingNames.isNewest(name(deployment), names));
    }

    /** "context=/reel,version=1" in reel's domain and type; a full name when it brings its own domain or type. */
    private static ObjectName name(String keys) {
        try {
            if (keys.contains(":")) {
                return new ObjectName(keys);
            }
            return new ObjectName(keys.contains("type=") ? "reel:" + keys : "reel:type=Streaming," + keys);
        } catch (javax.management.MalformedObjectNameException e) {
            throw new IllegalArgumentException(keys, e);
        }
    }
}
