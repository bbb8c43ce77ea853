package reel.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LookupTest {

    @Test
    void aMapAnswersItsValuesAndItsKeys() {
        Lookup lookup = Lookup.of(Map.of("reel.max-ranges", "4"));

        assertEquals(Optional.of("4"), lookup.find("reel.max-ranges"));
        assertEquals(Optional.empty(), lookup.find("reel.maxranges"));
        assertEquals(Set.of("reel.max-ranges"), lookup.keys());
    }

    @Test
    void aPlatformSourceIsReadWhenAsked() {
        Map<String, String> source = new HashMap<>();
        Lookup lookup = Lookup.of(source::get, source::keySet);

        source.put("reel.sendfile", "true");

        assertEquals(Optional.of("true"), lookup.find("reel.sendfile"));
        assertEquals(Set.of("reel.sendfile"), lookup.keys());
    }

    @Test
    void theSystemPropertiesAndTheEnvironmentAreTheJvmsOwn() {
        assertEquals(Optional.of(System.getProperty("java.home")), Lookup.systemProperties().find("java.home"));
        assertEquals(System.getProperties().stringPropertyNames(), Lookup.systemProperties().keys());
        assertEquals(System.getenv().keySet(), Lookup.environment().keys());
    }

    @Test
    void noneHasNothing() {
        assertEquals(Optional.empty(), Lookup.none().find("reel.media.dir"));
        assertEquals(Set.of(), Lookup.none().keys());
    }
}
