package reel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * docs/OPERATIONS.md's examples and the deploy tests are the same text, both ways. The deploy test
 * configures Tomcat with what the page shows, not with a copy that drifted: every line of each
 * configuration it writes is a line of an example there (indentation aside). And every example of the
 * access sections (sign-in, realms, authenticators, folders per role, share links) is run: its lines are
 * among those configurations, or {@link RealmsDeployIT} reads the block from the page itself.
 */
class OperationsExamplesTest {

    static List<String> configurations() {
        return List.of(DistributionDeployIT.METRICS_CONSTRAINT, DistributionDeployIT.METRICS_USER,
                DistributionDeployIT.VIEWERS, DistributionDeployIT.ACCESS_ROLE, DistributionDeployIT.DIGEST_VALVE,
                DistributionDeployIT.ERROR_REPORT_VALVE, DistributionDeployIT.ACCESS_LOG_WITHOUT_QUERY,
                DistributionDeployIT.ACCESS_LOG_WITH_RANGES);
    }

    @org.junit.jupiter.api.Test
    void everyExampleOfTheAccessSectionsIsOneADeployTestRuns() throws IOException {
        String operations = Files.readString(Path.of("docs/OPERATIONS.md"));
        int start = operations.indexOf("\n### Sign-in\n");
        int end = operations.indexOf("\n### ", operations.indexOf("\n### Share links\n") + 1);
        Set<String> read = new java.util.HashSet<>();
        for (List<String> example : RealmsDeployIT.EXAMPLES) {
            read.add(RealmsDeployIT.operationsBlock(example.get(0), example.get(1)));
        }
        Set<String> configured = configurations().stream().flatMap(String::lines).map(String::strip)
                .collect(Collectors.toSet());

        List<String> notRun = new java.util.ArrayList<>();
        java.util.regex.Matcher block = java.util.regex.Pattern.compile("```[a-z]+\n(.*?)```", java.util.regex.Pattern.DOTALL)
                .matcher(operations).region(start, end);
        int blocks = 0;
        while (block.find()) {
            blocks++;
            String text = block.group(1);
            if (!read.contains(text) && !text.lines().map(String::strip).filter(line -> !line.isEmpty())
                    .allMatch(configured::contains)) {
                notRun.add(text);
            }
        }

        assertEquals(true, start >= 0 && end > start && blocks >= 9, "the access sections and their examples: " + blocks);
        assertEquals(List.of(), notRun, "examples in docs/OPERATIONS.md that no deploy test runs");
    }

    @ParameterizedTest
    @MethodSource("configurations")
    void everyLineTheDeployTestWritesIsOneOperationsShows(String configuration) throws IOException {
        Set<String> documented = Files.readAllLines(Path.of("docs/OPERATIONS.md")).stream().map(String::strip)
                .collect(Collectors.toSet());

        List<String> undocumented = configuration.lines().map(String::strip).filter(line -> !line.isEmpty())
                .filter(line -> !documented.contains(line)).toList();

        assertEquals(List.of(), undocumented, "lines of the deploy test's configuration not in docs/OPERATIONS.md");
    }
}
