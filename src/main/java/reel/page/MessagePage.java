package reel.page;

import java.util.Map;

/** A page that says what went wrong in words, in the same look as the library, instead of a container error page. */
final class MessagePage {

    private static final Template MAIN = new Template("""
            <h1>{heading}</h1>
            <p class="message">{message}</p>
            <p class="back"><a href="{href}">{link}</a></p>
            """);

    private MessagePage() {
    }

    /** Nothing about the request is repeated back, so a 404 reveals nothing and reflects nothing. */
    static Markup notFound(Links links) {
        return render(links, "Not found", "There is no folder or video at this address.", "Back to the library");
    }

    /** {@code message} is plain text, such as {@link reel.media.MediaRoot.Unavailable#message()}. */
    static Markup unavailable(Links links, String message) {
        return render(links, "Media folder unavailable", message, "Try again");
    }

    /** A node being taken out of service: its load balancer sends the next try to another one. */
    static Markup draining(Links links) {
        return render(links, "Restarting", "This server is being taken out of service for a moment. Try again in a few"
                + " seconds.", "Try again");
    }

    /** A visitor the container signed in who lacks the role reel asks for; nothing else is said. */
    static Markup forbidden(Links links) {
        return render(links, "Not allowed", "You are signed in, but not allowed to watch here. Ask whoever runs this"
                + " server for access.", "Back to the library");
    }

    /**
     * A share link that does not hold: altered, expired or used on another file. The holder has no
     * account, so the page does not say which, and offers nothing further.
     */
    static Markup shareInvalid(Links links) {
        return render(links, "Link no longer valid", "This share link is no longer valid. Ask whoever sent it for a"
                + " new one.", "Go to the library");
    }

    /** A share request from elsewhere than reel's own page, or by someone who may not share. */
    static Markup mayNotShare(Links links) {
        return render(links, "Not allowed", "You cannot make share links here. Ask whoever runs this server.",
                "Back to the library");
    }

    /** A share request for a duration the form does not offer. */
    static Markup badShare(Links links) {
        return render(links, "Cannot make that link", "A share link lasts from one hour up to the longest this"
                + " server allows. Go back to the video and choose again.", "Back to the library");
    }

    /** A sign-out posted from another site: nothing happened, and the page says where it works. */
    static Markup crossSiteSignOut(Links links) {
        return render(links, "Not signed out", "Signing out works from the button on reel's own pages. You are"
                + " still signed in.", "Back to the library");
    }

    /**
     * After signing out where no challenge can make the browser forget (Digest keeps answering with what it
     * holds; a login form or single sign-on ends with the session): the page says what finishes the job.
     */
    static Markup signedOutWithoutChallenge(Links links) {
        return render(links, "Signed out", "You are signed out. If your browser asked for your password in a box of"
                + " its own, it may send it again by itself until it is closed: close the browser to finish.",
                "Sign in again");
    }

    /** After signing out; the link asks the container to sign in again. */
    static Markup signedOut(Links links) {
        return render(links, "Signed out", "You are signed out. Close the browser to be sure it forgets your"
                + " password.", "Sign in again");
    }

    private static Markup render(Links links, String heading, String message, String linkText) {
        Markup main = MAIN.fill(Map.of("heading", Html.text(heading), "message", Html.text(message),
                "href", Html.text(links.library()), "link", Html.text(linkText)));
        return Layout.page(links, heading, Markup.EMPTY, main);
    }
}
