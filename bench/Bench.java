import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * reel's benchmark: reel in a stock Tomcat 11 beside Tomcat's DefaultServlet (sendfile off and on),
 * nginx, and reel behind nginx's slice cache (deploy/nginx/reel.conf, warm), on the same files over
 * loopback, in one run, so that the ratios compare like with like; then the library workload, a library of
 * 110,000 videos that reel indexes, searches and pages, beside DefaultServlet listing its big folder.
 * Started by bench/run.sh, which builds what it needs; writes docs/benchmarks.md.
 *
 * <p>Every server is started fresh for its workloads and stopped after them, so thread and memory
 * figures belong to that configuration alone. Every load is bounded in count and time.
 */
public final class Bench {

    /** The name ONLY matches to run the library workload (bench/LibraryWorkload.java). */
    static final String LIBRARY = "library";

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        Path work = Path.of(options.get("work")).toAbsolutePath();
        Path catalinaHome = Path.of(options.get("catalina-home")).toAbsolutePath();
        Path war = Path.of(options.get("war")).toAbsolutePath();
        Path media = work.resolve("media");
        Path big = media.resolve("big.mp4");
        int[] viewerCounts = Arrays.stream(options.getOrDefault("viewers", "1000,5000").split(","))
                .mapToInt(Integer::parseInt).toArray();
        int stalledCount = Integer.parseInt(options.getOrDefault("stalled", "2000"));
        // --baseline-war=...: the same workloads for an earlier build of reel, side by side in this run;
        // --baseline-name names it (bench/run.sh: "reel at <revision>").
        Optional<Path> baselineWar = Optional.ofNullable(options.get("baseline-war")).map(Path::of);
        String baselineName = options.getOrDefault("baseline-name", "reel before");

        List<Server> servers = new Lineup(work, catalinaHome, media).servers(war, baselineWar, baselineName);
        // --only=reel runs the servers whose labels start with it: for trying a change, not for the report. It is a
        // regular expression matched from the label's start, so a plain name is a prefix as before and
        // "reel, 8 KB loop$|nginx" picks the default-heap loop (not its -Xmx variants) and nginx.
        Pattern only = Pattern.compile(options.getOrDefault("only", ""));
        servers.removeIf(server -> !only.matcher(server.label()).lookingAt());
        // The library workload answers to the name "library": ONLY=library runs it alone, and any other ONLY leaves it out.
        boolean library = only.matcher(LIBRARY).lookingAt();
        double pageCache = servers.isEmpty() ? 0 : Machine.pageCacheMBps(big);
        List<Result> results = new ArrayList<>();
        for (Server server : servers) {
            System.out.println("== " + server.label());
            server.start();
            try {
                results.add(Workloads.run(server, big, viewerCounts, stalledCount));
            } finally {
                server.stop();
            }
        }
        List<LibraryRun> libraryRuns = library ? LibraryWorkload.run(work, catalinaHome, war, media) : List.of();
        Path report = Path.of(options.get("report")).toAbsolutePath();
        Files.createDirectories(report.getParent());
        Files.writeString(report, Report.markdown(results, libraryRuns, pageCache, catalinaHome, baselineName));
        System.out.println("wrote " + report);
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (String arg : args) {
            String[] pair = arg.replaceFirst("^--", "").split("=", 2);
            options.put(pair[0], pair[1]);
        }
        for (String required : List.of("work", "catalina-home", "war", "report")) {
            if (!options.containsKey(required)) {
                throw new IllegalArgumentException("missing --" + required + "=...");
            }
        }
        return options;
    }
}
