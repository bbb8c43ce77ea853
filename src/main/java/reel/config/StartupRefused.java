package reel.config;

/**
 * Thrown from reel's startup listener to make Tomcat stop deploying reel when a setting is not allowed.
 * reel has already logged the reason at SEVERE; the stack trace would only bury it, so there is none.
 */
public final class StartupRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StartupRefused(String message) {
        super(message, null, false, false);
    }
}
