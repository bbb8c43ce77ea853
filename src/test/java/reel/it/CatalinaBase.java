package reel.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A fresh directory under {@code target/it-tomcat/} for one embedded Tomcat's work files. While it is
 * in use, the JVM-wide {@code catalina.base} and {@code catalina.home} point at it; {@link #delete()}
 * removes it and puts both properties back. Left pointing here, they would make the next Tomcat in the
 * same JVM take this directory as its {@code catalina.home} and create it again.
 */
final class CatalinaBase {

    private static final List<String> PROPERTIES = List.of("catalina.base", "catalina.home");

    private final Path dir;
    private final Map<String, Optional<String>> propertiesBefore = new HashMap<>();

    private CatalinaBase(Path dir) {
        this.dir = dir;
    }

    static CatalinaBase create(Path parent) throws IOException {
        CatalinaBase base = new CatalinaBase(Files.createTempDirectory(Files.createDirectories(parent), "base-"));
        for (String name : PROPERTIES) {
            base.propertiesBefore.put(name, Optional.ofNullable(System.getProperty(name)));
            System.setProperty(name, base.dir.toString());
        }
        return base;
    }

    Path dir() {
        return dir;
    }

    void delete() throws IOException {
        propertiesBefore.forEach(CatalinaBase::restore);
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(path);
            }
        }
    }

    private static void restore(String name, Optional<String> value) {
        value.ifPresentOrElse(before -> System.setProperty(name, before), () -> System.clearProperty(name));
    }
}
