package reel.page;

import java.time.Duration;
import java.util.Objects;

/**
 * What the page servlet sends: an HTML document with a status, a redirect to a canonical address, or the
 * page that explains a media folder reel cannot use, which every URL under it answers.
 */
public sealed interface PageReply permits PageReply.Document, PageReply.Unstored, PageReply.Hidden,
        PageReply.Redirect, PageReply.Unavailable, PageReply.Challenge {

    int status();

    /** @param html the finished page; inside reel.page it is built as typed markup, here it is only written */
    record Document(int status, String html) implements PageReply {
        public Document {
            Objects.requireNonNull(html, "html");
        }
    }

    /**
     * A page that holds a share link: never stored (RFC 9111 §5.2.2.5, {@code no-store}), not even by the
     * browser that asked for it, since whoever reads that browser's cache later could watch with the link.
     */
    record Unstored(int status, String html) implements PageReply {
        public Unstored {
            Objects.requireNonNull(html, "html");
        }
    }

    /**
     * 404 for a place that exists but that the viewer may not enter through a link to it (folders per role):
     * written exactly as the not-found {@link Document}, and counted as a refusal, as the URLs the sign-in
     * filter hides are.
     */
    record Hidden(String html) implements PageReply {
        public Hidden {
            Objects.requireNonNull(html, "html");
        }

        @Override
        public int status() {
            return PageReplies.NOT_FOUND;
        }
    }

    /**
     * 503 with when to ask again, never stored (RFC 9110 §15.6.4): a cache must not keep answering so
     * once the folder is back, which it could with a 404.
     */
    record Unavailable(String html, Duration retryAfter) implements PageReply {

        /** About as long as a remount takes; a player asks again after it. */
        public static final Duration RETRY_AFTER = Duration.ofSeconds(10);

        public Unavailable {
            Objects.requireNonNull(html, "html");
            Objects.requireNonNull(retryAfter, "retryAfter");
        }

        @Override
        public int status() {
            return 503;
        }
    }

    /**
     * @param location an absolute path, context path included, already percent-encoded
     * @param status {@link #PERMANENT} or {@link #FOUND}
     */
    record Redirect(String location, int status) implements PageReply {

        /** RFC 9110 §15.4.2: the slash form is the one address of a folder page, for good. */
        static final int PERMANENT = 301;
        /**
         * RFC 9110 §15.4.3: where a folder view's query leads depends on the folder now (a page past the
         * last is the last page until more videos come), so no cache may keep the answer for good.
         */
        static final int FOUND = 302;

        public Redirect {
            Objects.requireNonNull(location, "location");
            if (status != PERMANENT && status != FOUND) {
                throw new IllegalArgumentException("not a redirect reel sends: " + status);
            }
        }

        public Redirect(String location) {
            this(location, PERMANENT);
        }

        static Redirect found(String location) {
            return new Redirect(location, FOUND);
        }
    }

    /**
     * 401 with a Basic challenge (RFC 9110 §11.6.1): after signing out, so that the browser drops the
     * credentials it keeps for the realm instead of sending them with the next request.
     *
     * @param realm the realm of web.xml's login configuration, which the browser's credentials belong to
     */
    record Challenge(String html, String realm) implements PageReply {
        public Challenge {
            Objects.requireNonNull(html, "html");
            Objects.requireNonNull(realm, "realm");
        }

        @Override
        public int status() {
            return 401;
        }

        /** The WWW-Authenticate field value; the realm is reel's own constant, never a visitor's text. */
        public String challenge() {
            return "Basic realm=\"" + realm + "\", charset=\"UTF-8\"";
        }
    }
}
