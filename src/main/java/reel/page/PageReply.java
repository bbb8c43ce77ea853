package reel.page;

import java.util.Objects;

/** What the page servlet sends: an HTML document with a status, or a redirect to a canonical address. */
public sealed interface PageReply permits PageReply.Document, PageReply.Redirect {

    int status();

    record Document(int status, String html) implements PageReply {
        public Document {
            Objects.requireNonNull(html, "html");
        }
    }

    /** @param location an absolute path, context path included, already percent-encoded */
    record Redirect(String location) implements PageReply {

        /** RFC 9110 §15.4.2: the slash form is the one address of a folder page, for good. */
        static final int STATUS = 301;

        public Redirect {
            Objects.requireNonNull(location, "location");
        }

        @Override
        public int status() {
            return STATUS;
        }
    }
}
