package reel.config;

import java.util.Objects;
import java.util.Optional;

/**
 * Who may use reel, as the operator set it: the role every visitor must hold ({@code access.role}; none
 * means everyone who reaches Tomcat, as before sign-in existed). reel never checks a password: the
 * container's realm and authenticator say who a visitor is and which roles they hold.
 */
public record Access(Optional<String> role) {

    /** Nothing set: reel serves everyone, as it always has. */
    public static final Access OPEN = new Access(Optional.empty());

    public Access {
        Objects.requireNonNull(role, "role");
    }

    /** Whether visitors must sign in at all. */
    public boolean requiresSignIn() {
        return role.isPresent();
    }
}
