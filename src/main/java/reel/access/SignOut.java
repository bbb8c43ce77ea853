package reel.access;

import java.util.Optional;

/**
 * What {@code POST /sign-out} answers. The container forgets the user in every case but the first two;
 * how the browser is told depends on how it signed in.
 */
public enum SignOut {

    /** Sign-in is off and nobody is signed in: the address does not exist, as before sign-in was built. */
    NOT_HERE(404),
    /**
     * Posted from another site (or with neither Origin nor Referer): refused, since a sign-out that any
     * page can trigger, followed by a password prompt on reel's address, is a phishing aid.
     */
    CROSS_SITE(403),
    /**
     * Signed in with HTTP Basic: a 401 with reel's Basic challenge, because a browser keeps Basic
     * credentials and sends them unasked until a 401 for the realm tells it they no longer hold.
     */
    CHALLENGE(401),
    /**
     * Signed in otherwise (Digest, a login form, a single sign-on valve) or not at all: a plain page. A Basic
     * challenge would ask a Digest or form user for a password in a way their authenticator never does. A
     * form or single sign-on ends with the session; a browser keeps answering Digest challenges with what it
     * holds until it is closed, which the page says.
     */
    SIGNED_OUT(200);

    /** The auth type {@code HttpServletRequest.getAuthType()} gives for HTTP Basic. */
    public static final String BASIC = "BASIC";

    private final int status;

    SignOut(int status) {
        this.status = status;
    }

    public int status() {
        return status;
    }

    /** Whether the address exists at all, for any method: with sign-in on, or for someone signed in. */
    public static boolean isHere(boolean signInRequired, boolean signedIn) {
        return signInRequired || signedIn;
    }

    /**
     * @param signInRequired whether {@code access.role} is set
     * @param authType the request's auth type before sign-out, empty when nobody is signed in
     */
    public static SignOut decide(boolean signInRequired, Optional<String> authType, Optional<String> origin,
            Optional<String> referer, Optional<String> host) {
        if (!isHere(signInRequired, authType.isPresent())) {
            return NOT_HERE;
        }
        if (SameOrigin.of(origin, referer, host).isEmpty()) {
            return CROSS_SITE;
        }
        return authType.filter(BASIC::equals).isPresent() ? CHALLENGE : SIGNED_OUT;
    }
}
