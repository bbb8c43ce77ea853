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
 * The deploy test configures Tomcat with what docs/OPERATIONS.md shows, not with a copy that drifted: every
 * line of each configuration it writes is a line of an example there (indentation aside). The realm
 * examples need no such check: {@link RealmsDeployIT} reads them from the page itself.
 */
class OperationsExamplesTest {

    static List<String> configurations() {
        return List.of(DistributionDeployIT.METRICS_CONSTRAINT, DistributionDeployIT.METRICS_USER,
                DistributionDeployIT.VIEWERS, DistributionDeployIT.ACCESS_ROLE, DistributionDeployIT.DIGEST_VALVE,
                DistributionDeployIT.ERROR_REPORT_VALVE, DistributionDeployIT.ACCESS_LOG_WITHOUT_QUERY,
                DistributionDeployIT.ACCESS_LOG_WITH_RANGES);
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
