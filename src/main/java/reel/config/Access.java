package reel.config;

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

    /** Whether visitors must sign in at all. */
    public boolean requiresSignIn() {
        return role.isPresent();
    }
}
