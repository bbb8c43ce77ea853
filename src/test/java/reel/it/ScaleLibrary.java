package reel.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A large library for measuring search: 1,000 folders of 100 videos and one folder of 10,000, named from a
 * small vocabulary with accents, all hard links to a few small files, so 110,000 videos take a few tens of
 * megabytes of folder entries and no file data. The queries are the kinds people type.
 */
final class ScaleLibrary {

    static final int FOLDERS = 1_000;
    static final int PER_FOLDER = 100;
    static final int BIG_FOLDER = 10_000;
    static final int VIDEOS = FOLDERS * PER_FOLDER + BIG_FOLDER;
    private static final int SOURCES = 10;
    /** Common and rare words, whole and partial, accented and not, several words, and nothing at all. */
    static final List<String> QUERIES = List.of("cafe", "day 42", "zurich night", "clip 9999", "mal", "a",
            "trip 500 beach", "xyzzy");

    private static final List<String> WORDS = List.of("Beach", "City", "Night", "Café", "Museum", "Mountain",
            "Málaga", "Zürich", "Straße", "Crème", "Harbour", "Market", "Sunset", "Train", "Bridge", "Garden",
            "Festival", "Concert", "Birthday", "Wedding", "Lake", "Forest", "Snow", "Rain", "Castle", "Island",
            "River", "Old Town", "Street", "Dinner", "Breakfast", "Hike", "Boat", "Dogs", "Kids", "Party",
            "Drive", "Flight", "Hotel", "Rooftop");

    private ScaleLibrary() {
    }

    /** Writes the library into {@code media}, with the few real files beside it in {@code media}'s parent. */
    static void write(Path media) throws IOException {
        for (int folder = 1; folder <= FOLDERS; folder++) {
            Path clip = source(media, folder % SOURCES);
            Path dir = Files.createDirectories(media.resolve(String.format("Trip %03d %s", folder, word(folder))));
            for (int video = 1; video <= PER_FOLDER; video++) {
                Files.createLink(dir.resolve("Day " + video + " " + word(folder * 7 + video) + " "
                        + word(folder * 13 + video * 3) + ".mp4"), clip);
            }
        }
        Path big = Files.createDirectories(media.resolve("Big"));
        Path clip = source(media, SOURCES);
        for (int video = 1; video <= BIG_FOLDER; video++) {
            Files.createLink(big.resolve("Clip " + video + " " + word(video) + ".mp4"), clip);
        }
    }

    /** One of the real files; ext4 allows 65,000 links to a file, so the links are spread over several. */
    private static Path source(Path media, int number) throws IOException {
        Path source = media.resolveSibling("clip " + number + ".mp4");
        return Files.exists(source) ? source : Files.write(source, Fixtures.content(100));
    }

    private static String word(int index) {
        return WORDS.get(index % WORDS.size());
    }
}
