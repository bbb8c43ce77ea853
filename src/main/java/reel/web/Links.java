package reel.web;

import reel.media.LibraryPath;

/**
 * reel's URL space under the context path, as hrefs ready for {@link Html#escape}: {@code /} the
 * library, {@code /browse/<folder>/}, {@code /watch/<file>}, {@code /video/<file>} the bytes and
 * {@code /static/} the stylesheet. Every segment goes through {@link UrlPaths}.
 */
record Links(String contextPath) {

    String library() {
        return contextPath + "/";
    }

    /** The root is the library page itself; other folders end with a slash, as relative links expect. */
    String folder(LibraryPath folder) {
        return folder.isRoot() ? library() : contextPath + "/browse" + UrlPaths.path(folder) + "/";
    }

    String watch(LibraryPath file) {
        return contextPath + "/watch" + UrlPaths.path(file);
    }

    String media(LibraryPath file) {
        return contextPath + "/video" + UrlPaths.path(file);
    }

    String stylesheet() {
        return contextPath + "/static/reel.css";
    }
}
