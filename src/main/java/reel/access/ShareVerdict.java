package reel.access;

/** What a share link is worth for the file it is used on; only {@link #VALID} lets anyone in. */
public enum ShareVerdict {
    /** Signed with the secret for this file, and not expired. */
    VALID,
    /** Not a token reel makes: wrong shape, an expiry that is not 1*DIGIT, a signature of the wrong length. */
    MALFORMED,
    /** The signature is not the one the secret gives for this file and expiry: altered, another file, another secret. */
    FORGED,
    /** The expiry has come. */
    EXPIRED,
    /** Lasting longer than {@code share.max-age} allows now, as after the operator lowered it. */
    TOO_LONG
}
