import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The library workload's files: 1,000 folders of 100 videos under {@code Trips/} and one folder of 10,000,
 * {@code Big/}, named from a small vocabulary with accents (as SearchScaleIT's library), each video a hard link
 * to a copy of {@code media/Test Pattern.mp4}, so 110,000 real MP4s take a few megabytes of folder entries.
 * Written once under the work folder and kept, like the 1 GiB file; a marker written last says it is complete.
 * Hard links share one inode, so every video has the same size and modification time.
 */
record LibraryFiles(Path media) {

    static final int FOLDERS = 1_000;
    static final int PER_FOLDER = 100;
    static final int BIG_FOLDER = 10_000;
    static final int VIDEOS = FOLDERS * PER_FOLDER + BIG_FOLDER;
    static final String BIG = "Big";
    /** In a few names only: every {@link #RARE_EVERY}th video, counted across the library, ends with it. */
    static final String RARE_WORD = "Aurora";
    static final int RARE_EVERY = 7_919;
    /** The sample, relative to the project folder bench/run.sh runs in. */
    static final Path SAMPLE = Path.of("media", "Test Pattern.mp4");

    /** ext4 allows 65,000 links to one file, so the links are spread over copies of the sample. */
    private static final int LINKS_PER_COPY = 50_000;
    private static final String MARKER_TEXT = "reel bench library v1: " + VIDEOS + " videos\n";
    private static final List<String> WORDS = List.of("Beach", "City", "Night", "Café", "Museum", "Mountain",
            "Málaga", "Zürich", "Straße", "Crème", "Harbour", "Market", "Sunset", "Train", "Bridge", "Garden",
            "Festival", "Concert", "Birthday", "Wedding", "Lake", "Forest", "Snow", "Rain", "Castle", "Island",
            "River", "Old Town", "Street", "Dinner", "Breakfast", "Hike", "Boat", "Dogs", "Kids", "Party",
            "Drive", "Flight", "Hotel", "Rooftop");

    /** The library in {@code folder}/media, written unless a complete one is already there. */
    static LibraryFiles ensure(Path folder) throws IOException {
        Path marker = folder.resolve("complete");
        LibraryFiles library = new LibraryFiles(folder.resolve("media"));
        if (Files.exists(marker) && Files.readString(marker, StandardCharsets.UTF_8).equals(MARKER_TEXT)) {
            return library;
        }
        System.out.println("bench: writing a library of " + VIDEOS + " hard links under " + folder);
        long start = System.nanoTime();
        ServerProcesses.deleteTree(folder);
        library.write(copies(Files.createDirectories(folder.resolve("copies"))));
        Files.writeString(marker, MARKER_TEXT, StandardCharsets.UTF_8);
        System.out.printf("bench: library written in %.1f s%n", (System.nanoTime() - start) / 1e9);
        return library;
    }

    Path bigFolder() {
        return media.resolve(BIG);
    }

    private void write(List<Path> copies) throws IOException {
        int video = 0;
        Path trips = media.resolve("Trips");
        for (int folder = 1; folder <= FOLDERS; folder++) {
            Path dir = Files.createDirectories(trips.resolve(String.format("Trip %04d %s", folder, word(folder))));
            for (int day = 1; day <= PER_FOLDER; day++) {
                video++;
                link(dir, "Day " + day + " " + word(folder * 7 + day) + " " + word(folder * 13 + day * 3), video, copies);
            }
        }
        Path big = Files.createDirectories(bigFolder());
        for (int clip = 1; clip <= BIG_FOLDER; clip++) {
            video++;
            link(big, "Clip " + clip + " " + word(clip), video, copies);
        }
    }

    private static void link(Path dir, String title, int video, List<Path> copies) throws IOException {
        String name = title + (video % RARE_EVERY == 0 ? " " + RARE_WORD : "") + ".mp4";
        Files.createLink(dir.resolve(name), copies.get((video - 1) / LINKS_PER_COPY));
    }

    private static List<Path> copies(Path dir) throws IOException {
        List<Path> copies = new ArrayList<>();
        for (int i = 0; i * LINKS_PER_COPY < VIDEOS; i++) {
            copies.add(Files.copy(SAMPLE, dir.resolve("sample " + i + ".mp4"), StandardCopyOption.COPY_ATTRIBUTES));
        }
        return copies;
    }

    private static String word(int index) {
        return WORDS.get(index % WORDS.size());
    }
}
