package reel.media;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;
import java.util.logging.Logger;
import reel.config.FolderRoles;

/**
 * The folders of {@code access.folders} as they are on disk now, so that no other way to one is open.
 * Every place is judged by its URL and by where it really is; a rule is written as an operator sees the
 * library, and a folder on its path may be a symbolic link ({@code Training -> T2} for {@code Training/HR}),
 * spelled in another case than the rule, or not made yet below a link that is. So each rule is also kept
 * where its folder really is ({@code T2/HR}), looked up again every {@link #REFRESH}, so that links and
 * folders made while reel runs count within that time. A change is logged once at INFO; a rule that lands
 * on the whole library, on several folders whose names differ only in case, or on or under another rule's
 * folder, once at WARNING, since it keeps more, or less, than it seems to.
 *
 * <p>It fails closed: a lookup that cannot read a folder keeps what the last lookup found as well.
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
    /** Monotonic, so a clock set back cannot stop the lookups. */
    private final LongSupplier nanos;
    private final Set<String> warned = new LinkedHashSet<>();
    /** One request looks the folders up again; the others meanwhile take the rules as last looked up. */
    private final ReentrantLock lookingUp = new ReentrantLock();
    /** The folders on the rules' ways as last listed, kept while their modification time and file key hold. */
    private final Map<Path, Listed> listings = new HashMap<>();
    private volatile FolderRoles current;
    private volatile boolean lookedUpOnce;
    private volatile long lookedUpAt;

    KeptFolders(FolderRoles configured, Optional<Path> root, LongSupplier nanos) {
        this.configured = configured;
        this.root = root;
        this.nanos = nanos;
        this.current = configured;
    }

    /** For the library of {@code root}; without one (a media folder reel cannot use) the rules as written. */
    public static KeptFolders of(FolderRoles configured, MediaRoot root) {
        Optional<Path> folder = root instanceof MediaRoot.Available available
                ? Optional.of(available.library().root()) : Optional.empty();
        return new KeptFolders(configured, folder, System::nanoTime);
    }

    /** The rules as written, and each also where its folder really is now. */
    public FolderRoles current() {
        if (configured.isEmpty() || root.isEmpty() || isFresh() || !lookingUp.tryLock()) {
            return current;
        }
        try {
            if (!isFresh()) {
                lookUp();
            }
            return current;
        } finally {
            lookingUp.unlock();
        }
    }

    private boolean isFresh() {
        return lookedUpOnce && nanos.getAsLong() - lookedUpAt < REFRESH.toNanos();
    }

    private void lookUp() {
        lookedUpAt = nanos.getAsLong();
        lookedUpOnce = true;
        Lookup lookup = new Lookup(root.orElseThrow(), listings);
        FolderRoles found = configured.alsoWhereFoldersReallyAre(lookup::realFolders);
        // A folder that could not be read may hide a link: keep what was found before rather than open it.
        FolderRoles resolved = lookup.failed ? found.with(current) : found;
        for (FolderRoles.Rule alias : resolved.rules()) {
            configured.rules().stream().filter(rule -> !configured.rules().contains(alias) && rule.covers(alias.folder())
                    && !rule.roles().equals(alias.roles()))
                    .forEach(rule -> lookup.warnings.add("reel access.folders: " + alias + " really lies in " + rule
                            + ", so a place there needs a role of each"));
        }
        if (!resolved.equals(current)) {
            LOG.info(() -> "reel access.folders, also where the folders really are: " + resolved.show());
        }
        lookup.warnings.stream().filter(warned::add).forEach(LOG::warning);
        current = resolved;
    }

    /** A folder's entries by their names as rules compare them, as of its modification time and file key. */
    private record Listed(FileTime modified, Object key, boolean racy, Map<String, List<Path>> byName) {
    }

    /**
     * One lookup: each folder listed at most once, whatever the number of rules that pass through it, and not
     * at all while it is unchanged since an earlier lookup listed it (a stat instead of 100,000 names).
     */
    private static final class Lookup {
        private final Path realRoot;
        private final Map<Path, Listed> listings;
        /** Each folder seen in this lookup: its entries by folded name; empty if it could not be listed. */
        private final Map<Path, Optional<Map<String, List<Path>>>> listed = new HashMap<>();
        private final List<String> warnings = new ArrayList<>();
        private boolean failed;

        Lookup(Path realRoot, Map<Path, Listed> listings) {
            this.realRoot = realRoot;
            this.listings = listings;
        }

        /**
         * Where the folder {@code names} from the library's top really is: every folder whose names match the
         * rule's as {@link FolderRoles} compares them, links followed; below the deepest that exists on each
         * way, the names as written, to be made there. Places outside the library are left out.
         */
        List<List<String>> realFolders(List<String> names) {
            List<List<String>> places = new ArrayList<>();
            for (Path folder : reach(realRoot, names, 0)) {
                Optional<List<String>> place = placeOf(folder);
                if (place.isPresent() && place.get().isEmpty()) {
                    warnings.add("reel access.folders: " + String.join("/", names) + " is the whole media folder"
                            + " (a link to it); the rule keeps only the paths through that link, not the library");
                } else {
                    place.ifPresent(places::add);
                }
            }
            return places;
        }

        /** Each way down from {@code folder} by {@code names} from {@code at}; a way ends where no folder matches. */
        private List<Path> reach(Path folder, List<String> names, int at) {
            if (at == names.size()) {
                return List.of(folder);
            }
            List<Path> matches = children(folder, names.get(at));
            if (matches.size() > 1) {
                warnings.add("reel access.folders: " + String.join("/", names.subList(0, at + 1)) + " matches "
                        + matches.size() + " folders whose names differ only in case; the rule keeps every one");
            }
            if (matches.isEmpty()) {
                return List.of(names.subList(at, names.size()).stream().reduce(folder, Path::resolve, (a, b) -> b));
            }
            List<Path> reached = new ArrayList<>();
            matches.forEach(match -> reached.addAll(reach(match, names, at + 1)));
            return reached;
        }

        /** The sub-folders of {@code folder} named {@code name} as rules compare names; links followed. */
        private List<Path> children(Path folder, String name) {
            Optional<Map<String, List<Path>>> entries = listed.computeIfAbsent(folder, this::entries);
            List<Path> named = entries.isPresent()
                    ? entries.get().getOrDefault(FolderRoles.foldName(name), List.of())
                    // Not listable (traverse-only, or an error): the name as written, which reel can still serve.
                    : List.of(folder.resolve(name));
            return named.stream().filter(Files::isDirectory).toList();
        }

        private Optional<Map<String, List<Path>>> entries(Path folder) {
            BasicFileAttributes attributes;
            try {
                attributes = Files.readAttributes(folder, BasicFileAttributes.class);
            } catch (IOException e) {
                return Optional.of(Map.of());
            }
            if (!attributes.isDirectory()) {
                return Optional.of(Map.of());
            }
            Listed kept = listings.get(folder);
            if (kept != null && kept.modified().equals(attributes.lastModifiedTime())
                    && java.util.Objects.equals(kept.key(), attributes.fileKey()) && !kept.racy()) {
                return Optional.of(kept.byName());
            }
            Map<String, List<Path>> byName = new HashMap<>();
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
                for (Path entry : entries) {
                    byName.computeIfAbsent(FolderRoles.foldName(entry.getFileName().toString()), key -> new ArrayList<>())
                            .add(entry);
                }
            } catch (IOException | RuntimeException e) {
                failed = true;
                listings.remove(folder);
                return Optional.empty();
            }
            // A folder changed in the last moments may change again within its time stamp's resolution (a second
            // on some file systems) without the stamp moving: such a listing is not taken again, only read anew.
            boolean racy = attributes.lastModifiedTime().toInstant().isAfter(java.time.Instant.now().minus(REFRESH));
            listings.put(folder, new Listed(attributes.lastModifiedTime(), attributes.fileKey(), racy, byName));
            return Optional.of(byName);
        }

        /** The folder's real place as names from the library's top, its missing end as written. */
        private Optional<List<String>> placeOf(Path folder) {
            Path existing = folder;
            while (existing != null && !Files.exists(existing)) {
                existing = existing.getParent();
            }
            if (existing == null) {
                return Optional.empty();
            }
            try {
                Path real = existing.toRealPath().resolve(existing.relativize(folder));
                if (!real.startsWith(realRoot)) {
                    return Optional.empty();
                }
                List<String> names = new ArrayList<>();
                realRoot.relativize(real).forEach(name -> names.add(name.toString()));
                return Optional.of(names.size() == 1 && names.get(0).isEmpty() ? List.of() : names);
            } catch (IOException e) {
                failed = true;
                return Optional.empty();
            }
        }
    }
}
