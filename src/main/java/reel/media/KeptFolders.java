package reel.media;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Logger;
import reel.config.FolderRoles;

/**
 * The folders of {@code access.folders} as they are on disk now, so that no other way to one is open.
 * Every place is judged by its URL and by where it really is; a rule is written as an operator sees the
 * library, and a folder on its path may be a symbolic link ({@code Training -> T2} for {@code Training/HR}),
 * spelled in another case than the rule, or not made yet below a link that is. So each rule is also kept
 * where its folder really is ({@code T2/HR}), looked up again every {@link #REFRESH} so that links and folders
 * made while reel runs count within seconds. A change is logged once at INFO; a rule that lands on the whole
 * library, or on or under another rule's folder, once at WARNING, since it keeps more than it says.
 *
 * <pre>{@code
 * KeptFolders kept = KeptFolders.of(config.access().folders(), root);
 * kept.current().mayEnter(place.segments(), request::isUserInRole);
 * }</pre>
 */
public final class KeptFolders {

    /** How stale the lookup may be: about the index's pace, a few directory reads per rule each time. */
    static final Duration REFRESH = Duration.ofSeconds(2);
    private static final Logger LOG = Logger.getLogger(KeptFolders.class.getName());

    private final FolderRoles configured;
    private final Optional<Path> root;
    private final Clock clock;
    private final Set<String> warned = new LinkedHashSet<>();
    /** One request looks the folders up again; the others meanwhile take the rules as last looked up. */
    private final ReentrantLock lookingUp = new ReentrantLock();
    private volatile FolderRoles current;
    private volatile Instant lookedUp = Instant.MIN;

    KeptFolders(FolderRoles configured, Optional<Path> root, Clock clock) {
        this.configured = configured;
        this.root = root;
        this.clock = clock;
        this.current = configured;
    }

    /** For the library of {@code root}; without one (a media folder reel cannot use) the rules as written. */
    public static KeptFolders of(FolderRoles configured, MediaRoot root) {
        Optional<Path> folder = root instanceof MediaRoot.Available available
                ? Optional.of(available.library().root()) : Optional.empty();
        return new KeptFolders(configured, folder, Clock.systemUTC());
    }

    /** The rules as written, and each also where its folder really is now. */
    public FolderRoles current() {
        Instant now = clock.instant();
        if (configured.isEmpty() || root.isEmpty() || now.isBefore(lookedUp.plus(REFRESH)) || !lookingUp.tryLock()) {
            return current;
        }
        try {
            if (now.isBefore(lookedUp.plus(REFRESH))) {
                return current;
            }
            lookUp(now);
            return current;
        } finally {
            lookingUp.unlock();
        }
    }

    private void lookUp(Instant now) {
        lookedUp = now;
        List<String> warnings = new ArrayList<>();
        FolderRoles resolved = configured.alsoWhereFoldersReallyAre(names -> realFolders(names, warnings));
        for (FolderRoles.Rule alias : resolved.rules()) {
            configured.rules().stream().filter(rule -> !configured.rules().contains(alias) && rule.covers(alias.folder())
                    && !rule.roles().equals(alias.roles()))
                    .forEach(rule -> warnings.add("reel access.folders: " + alias + " really lies in " + rule
                            + ", so a place there needs a role of each"));
        }
        if (!resolved.equals(current)) {
            LOG.info(() -> "reel access.folders, also where the folders really are: " + resolved.show());
        }
        warnings.stream().filter(warned::add).forEach(LOG::warning);
        current = resolved;
    }

    /**
     * Where the folder {@code names} from the library's top really is: every folder whose names match the
     * rule's as {@link FolderRoles} compares them, links followed; below the deepest that exists, the
     * names as written, to be made there. Places outside the library are left out (nothing there is served).
     */
    private List<List<String>> realFolders(List<String> names, List<String> warnings) {
        Path realRoot = root.orElseThrow();
        List<Path> reached = List.of(realRoot);
        int matched = 0;
        while (matched < names.size()) {
            String name = names.get(matched);
            List<Path> next = reached.stream().flatMap(folder -> children(folder, name).stream()).toList();
            if (next.isEmpty()) {
                break;
            }
            reached = next;
            matched++;
        }
        List<String> rest = names.subList(matched, names.size());
        List<List<String>> places = new ArrayList<>();
        for (Path folder : reached) {
            Optional<List<String>> place = placeOf(folder, realRoot).map(found -> concat(found, rest));
            if (place.isPresent() && place.get().isEmpty()) {
                warnings.add("reel access.folders: " + String.join("/", names) + " is the whole media folder"
                        + " (a link to it); the rule keeps only the paths through that link, not the library");
            } else {
                place.ifPresent(places::add);
            }
        }
        return places;
    }

    /** The sub-folders of {@code folder} named {@code name} as rules compare names; links followed. */
    private static List<Path> children(Path folder, String name) {
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder,
                entry -> FolderRoles.sameName(entry.getFileName().toString(), name) && Files.isDirectory(entry))) {
            entries.forEach(found::add);
        } catch (IOException | RuntimeException e) {
            // A folder that cannot be read has no sub-folder to keep; its entries are refused too.
            return List.of();
        }
        return found;
    }

    private static Optional<List<String>> placeOf(Path folder, Path realRoot) {
        try {
            Path real = folder.toRealPath();
            if (!real.startsWith(realRoot)) {
                return Optional.empty();
            }
            List<String> names = new ArrayList<>();
            realRoot.relativize(real).forEach(name -> names.add(name.toString()));
            return Optional.of(names.size() == 1 && names.get(0).isEmpty() ? List.of() : names);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return List.copyOf(all);
    }
}
