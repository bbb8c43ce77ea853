package reel.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Who may use reel, as the operator set it: the role every visitor must hold ({@code access.role}; none
 * means everyone who reaches Tomcat, as before sign-in existed) and the folders only some roles may
 * see ({@code access.folders}), and the expiring share links that let someone without an account watch one
 * video ({@code share.*}). reel never checks a password: the
 * container's realm and authenticator say who a visitor is and which roles they hold.
 */
public record Access(Optional<String> role, FolderRoles folders, Sharing sharing) {

    /** Nothing set: reel serves everyone, as it always has. */
    public static final Access OPEN = new Access(Optional.empty(), FolderRoles.NONE, Sharing.OFF);

    public Access {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(folders, "folders");
        Objects.requireNonNull(sharing, "sharing");
    }

    /** Sign-in and folders, without share links. */
    public Access(Optional<String> role, FolderRoles folders) {
        this(role, folders, Sharing.OFF);
    }

    /** Sign-in with no folder restricted. */
    public Access(Optional<String> role) {
        this(role, FolderRoles.NONE);
    }

    /** The same, with {@code folders} in place of this one's. */
    public Access withFolders(FolderRoles folders) {
        return new Access(role, folders, sharing);
    }

    /** Whether visitors must sign in at all. */
    public boolean requiresSignIn() {
        return role.isPresent();
    }

    /**
     * Settings that are valid alone but do nothing useful together, one sentence each for the startup log.
     * Not refused: a container that signs every visitor in by itself (a security constraint in Tomcat's
     * own {@code conf/web.xml}, a single sign-on valve) gives users roles without {@code access.role}.
     */
    public List<String> cautions() {
        if (requiresSignIn()) {
            return List.of();
        }
        List<String> cautions = new ArrayList<>();
        if (!folders.rules().isEmpty()) {
            cautions.add("access.folders is set without access.role: unless Tomcat signs every visitor in by itself,"
                    + " nobody holds a role, so " + folders.show() + " is hidden from everyone");
        }
        if (sharing.isEnabled()) {
            cautions.add("share.secret is set without access.role: unless Tomcat signs visitors in by itself,"
                    + " nobody is signed in to make share links");
        }
        return List.copyOf(cautions);
    }
}
