package reel.config;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Which folders of the library only some roles may see ({@code access.folders}), and the one decision
 * every view and URL asks: may a user holding these roles enter this place? A place is under a rule when
 * the rule's folder is the place or one of its ancestors; every rule it is under must be met by at least
 * one of the rule's roles. Names are compared as a case-insensitive file system would (case and Unicode
 * normalisation folded), so {@code /browse/board/} on such a system cannot reach {@code Board}.
 *
 * <pre>{@code
 * FolderRoles roles = FolderRoles.parse("Board:board-members;Training/HR:hr,hr-leads").orElseThrow();
 * roles.mayEnter(List.of("Training", "HR", "Onboarding.mp4"), request::isUserInRole);
 * }</pre>
 */
public record FolderRoles(List<Rule> rules) {

    /** No folder is restricted. */
    public static final FolderRoles NONE = new FolderRoles(List.of());

    public FolderRoles {
        rules = List.copyOf(rules);
    }

    /** One folder, as its path's names from the library's top, and the roles any one of which opens it. */
    public record Rule(List<String> folder, Set<String> roles) {
        public Rule {
            folder = List.copyOf(folder);
            roles = Set.copyOf(roles);
            if (folder.isEmpty() || roles.isEmpty()) {
                throw new IllegalArgumentException("a rule needs a folder and a role: " + folder + " " + roles);
            }
        }

        /** Whether {@code place} is this rule's folder or lies under it. */
        public boolean covers(List<String> place) {
            if (place.size() < folder.size()) {
                return false;
            }
            for (int i = 0; i < folder.size(); i++) {
                if (!fold(folder.get(i)).equals(fold(place.get(i)))) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public String toString() {
            return String.join("/", folder) + ":" + String.join(",", roles.stream().sorted().toList());
        }
    }

    /**
     * {@code Board:board-members;Training/HR:hr,hr-leads}: rules separated by {@code ;}, each a folder path
     * with {@code /} between names, a {@code :}, and roles separated by {@code ,}. Empty for anything else
     * (an empty name, a hidden name, a role that is not a role name, a rule without roles), never a guess.
     */
    public static Optional<FolderRoles> parse(String text) {
        List<Rule> rules = new ArrayList<>();
        for (String ruleText : text.split(";", -1)) {
            String[] parts = ruleText.strip().split(":", -1);
            if (parts.length != 2) {
                return Optional.empty();
            }
            List<String> folder = Arrays.asList(parts[0].strip().split("/", -1));
            if (!folder.stream().allMatch(FolderRoles::isFolderName)) {
                return Optional.empty();
            }
            Set<String> roles = new LinkedHashSet<>();
            for (String role : parts[1].split(",", -1)) {
                Optional<String> name = Syntax.roleName(role.strip());
                if (name.isEmpty()) {
                    return Optional.empty();
                }
                roles.add(name.get());
            }
            rules.add(new Rule(folder, roles));
        }
        return Optional.of(new FolderRoles(rules));
    }

    /** Whether someone holding the roles {@code hasRole} answers yes to may see {@code place} and all below it. */
    public boolean mayEnter(List<String> place, Predicate<String> hasRole) {
        return rules.stream().filter(rule -> rule.covers(place))
                .allMatch(rule -> rule.roles().stream().anyMatch(hasRole));
    }

    public boolean isEmpty() {
        return rules.isEmpty();
    }

    /**
     * These rules, and for each whose folder really lies elsewhere (a symbolic link on its path, such as
     * {@code Training -> T2} for {@code Training/HR}) the same rule for where it really is. Every place is
     * also judged by where it really is, so a rule spelled as the folder really lies covers every way to it;
     * a rule spelled only through a link would leave the real path ({@code /T2/HR/}) open.
     *
     * @param realFolders where a folder given as names from the library's top really is, in the same terms:
     *        none when it leads nowhere in the library, several when names differing only in case match it
     */
    public FolderRoles alsoWhereFoldersReallyAre(Function<List<String>, List<List<String>>> realFolders) {
        List<Rule> all = new ArrayList<>(rules);
        for (Rule rule : rules) {
            realFolders.apply(rule.folder()).stream()
                    .filter(real -> !real.isEmpty() && !(real.size() == rule.folder().size() && rule.covers(real)))
                    .map(real -> new Rule(real, rule.roles())).filter(alias -> !all.contains(alias)).forEach(all::add);
        }
        return new FolderRoles(all);
    }

    /** A name as the rules compare it, as a case-insensitive file system would: equal for one folder's names. */
    public static String foldName(String name) {
        return fold(name);
    }

    /** These rules and those of {@code other} that these lack, in that order. */
    public FolderRoles with(FolderRoles other) {
        List<Rule> all = new ArrayList<>(rules);
        other.rules().stream().filter(rule -> !all.contains(rule)).forEach(all::add);
        return new FolderRoles(all);
    }

    /** As the startup log shows it: the rules, or {@code none}. */
    public String show() {
        return rules.isEmpty() ? "none" : rules.stream().map(Rule::toString).collect(Collectors.joining(";"));
    }

    private static boolean isFolderName(String name) {
        return !name.isBlank() && !name.startsWith(".") && name.equals(name.strip()) && name.indexOf('\\') < 0
                && name.indexOf(',') < 0 && name.indexOf('\0') < 0;
    }

    private static String fold(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }
}
