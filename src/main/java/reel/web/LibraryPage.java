package reel.web;

import java.util.List;
import reel.media.Folder;

/** A folder of the library: cards for its sub-folders, then for its videos, each linking one level on. */
final class LibraryPage {

    private static final String SECTION = """
            <section class="group" aria-labelledby="%s">
            <h2 id="%s">%s</h2>
            <ul class="cards">
            %s</ul>
            </section>
            """;
    private static final String FOLDER_CARD = """
            <li><a class="card folder" href="%s"><span class="name">%s</span></a></li>
            """;
    private static final String VIDEO_CARD = """
            <li><a class="card video" href="%s"><span class="name">%s</span>\
            <span class="meta">%s</span></a></li>
            """;

    private LibraryPage() {
    }

    static String render(Links links, Folder folder) {
        String title = Layout.name(folder.path());
        StringBuilder main = new StringBuilder("<h1>").append(Html.escape(title)).append("</h1>\n");
        if (folder.isEmpty()) {
            main.append("<p class=\"empty\">No videos or folders here.</p>\n");
        }
        if (!folder.folders().isEmpty()) {
            main.append(section("folders", "Folders", folderCards(links, folder.folders())));
        }
        if (!folder.videos().isEmpty()) {
            main.append(section("videos", "Videos", videoCards(links, folder.videos())));
        }
        return Layout.page(links, title, Layout.breadcrumbs(links, folder.path()), main.toString());
    }

    private static String section(String id, String heading, String cards) {
        return SECTION.formatted(id, id, heading, cards);
    }

    private static String folderCards(Links links, List<Folder.Subfolder> folders) {
        StringBuilder cards = new StringBuilder();
        for (Folder.Subfolder subfolder : folders) {
            cards.append(FOLDER_CARD.formatted(Html.escape(links.folder(subfolder.path())),
                    Html.escape(subfolder.name())));
        }
        return cards.toString();
    }

    private static String videoCards(Links links, List<Folder.VideoFile> videos) {
        StringBuilder cards = new StringBuilder();
        for (Folder.VideoFile video : videos) {
            String details = FileNames.typeLabel(video.name()) + " · " + FileSizes.format(video.size());
            cards.append(VIDEO_CARD.formatted(Html.escape(links.watch(video.path())),
                    Html.escape(FileNames.title(video.name())), Html.escape(details)));
        }
        return cards.toString();
    }
}
