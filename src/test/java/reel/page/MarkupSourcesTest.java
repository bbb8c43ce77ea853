package reel.page;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Markup made from a string is a literal in reel's source: a {@code Markup} or {@code Template} constructed
 * from anything else could carry a file name unescaped, and the compiler cannot see the difference. Only
 * the three classes that make markup from markup, or escape text, may build one from a computed string.
 */
class MarkupSourcesTest {

    private static final Path PAGE_SOURCES = Path.of("src/main/java/reel/page");
    private static final Set<String> MAKERS = Set.of("Markup.java", "Template.java", "Html.java");
    private static final Pattern CONSTRUCTION = Pattern.compile("new (Markup|Template)\\(\\s*(.)");

    @Test
    void markupIsBuiltFromLiteralsOnly() throws IOException {
        List<Path> sources;
        try (Stream<Path> files = Files.list(PAGE_SOURCES)) {
            sources = files.filter(file -> !MAKERS.contains(file.getFileName().toString())).toList();
        }
        assertTrue(sources.size() > 5, "the page sources, from the project folder: " + sources);
        for (Path source : sources) {
            String text = Files.readString(source);
            Matcher construction = CONSTRUCTION.matcher(text);
            while (construction.find()) {
                long line = text.substring(0, construction.start()).lines().count();
                assertTrue(construction.group(2).equals("\""), source.getFileName() + ":" + line + " builds "
                        + construction.group(1) + " from something other than a literal");
            }
        }
    }
}
