package reel.access;

/** What a request gets at reel's door, before any servlet sees it. */
public enum Admission {
    /** Nobody needs to sign in for this URL: sign-in is off, or the URL guards itself (health, metrics). */
    OPEN,
    /** Signed in and holding the role. */
    ADMIT,
    /** Nobody signed in yet: the container's authenticator asks (401 with BASIC). */
    SIGN_IN,
    /** Signed in without the role: 403, with a page saying so. */
    FORBIDDEN,
    /** A page under a folder the user may not see: the not-found page, as for a place that does not exist. */
    HIDDEN_PAGE,
    /** Bytes or subtitles under a folder the user may not see: a bare 404, as for a missing file. */
    HIDDEN_FILE,
    /** A valid share link for exactly this file: its player page, bytes or subtitles, with nobody signed in. */
    SHARED,
    /** A share link that is altered, expired, for another file, or from before sharing was turned off: 403. */
    SHARE_INVALID
}
