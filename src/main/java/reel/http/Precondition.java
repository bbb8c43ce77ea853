package reel.http;

/** The outcome of evaluating the conditional request fields (RFC 9110 §13.2.2). */
public enum Precondition {
    /** All conditions hold, or none were sent: go on to Range. */
    PROCEED,
    /** If-None-Match or If-Modified-Since said the client's copy is current: 304 (§15.4.5). */
    NOT_MODIFIED,
    /** If-Match or If-Unmodified-Since failed: 412 (§15.5.13). */
    FAILED
}
