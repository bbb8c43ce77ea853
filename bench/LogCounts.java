import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Lines in a server's logs that say it ran out of memory or failed. */
record LogCounts(long outOfMemoryErrors, long severeLines) {
    static LogCounts of(Path logs) throws IOException {
        long oom = 0;
        long severe = 0;
        try (var files = Files.list(logs)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                for (String line : Files.readAllLines(file, StandardCharsets.ISO_8859_1)) {
                    if (line.contains("OutOfMemoryError")) {
                        oom++;
                    }
                    if (line.contains(" SEVERE ")) {
                        severe++;
                    }
                }
            }
        }
        return new LogCounts(oom, severe);
    }
}
