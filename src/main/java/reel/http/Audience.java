package reel.http;

/**
 * Whom a response is for, as caches must know it (RFC 9111 §3.5): anyone who asks, or only visitors access
 * control has let in. A shared cache between them and reel (nginx, a CDN) keys what it stores by URL alone,
 * so what it stores for one visitor it gives to the next without asking who they are.
 */
public enum Audience {

    /** Nothing checks who asks: every cache may keep the response and give it to anyone. */
    ANYONE,

    /**
     * Only visitors that sign-in, folder roles or a share link let in: only their own browser may keep it
     * (§5.2.2.7 {@code private}); {@code public} would let a shared cache store it even for a request with
     * Authorization (§3.5) and serve it to the next visitor, or after a share link has expired.
     */
    RESTRICTED
}
