package reel.web;

/**
 * Thrown from {@link ReelStartup} to make Tomcat stop deploying reel when a setting is not allowed.
 * reel has already logged the reason at SEVERE; the stack trace would only bury it, so there is none.
 */
final class StartupRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    StartupRefused(String message) {
        super(message, null, false, false);
    }
}
