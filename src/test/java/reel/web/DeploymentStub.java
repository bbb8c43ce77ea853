package reel.web;

import static org.mockito.Mockito.when;

import jakarta.servlet.ServletContext;
import java.time.Instant;
import java.util.Optional;
import reel.config.Access;
import reel.config.FolderRoles;
import reel.config.ReelConfig;
import reel.config.ShareSecret;
import reel.config.Sharing;
import reel.media.KeptFolders;
import reel.media.LiveMediaRoot;
import reel.media.MediaRoot;
import reel.metrics.Drain;
import reel.metrics.StreamMetrics;
import reel.search.Indexing;
import reel.stream.StreamBudget;

/** The {@link Deployment} a mocked context answers, set piece by piece as a test needs; none until a root is set. */
final class DeploymentStub {

    MediaRoot root;
    ReelConfig config = ReelConfig.defaults();
    StreamMetrics metrics = new StreamMetrics();
    Drain drain = new Drain(Optional.empty());
    Indexing indexing = Indexing.none();
    StreamBudget budget = new StreamBudget(
            StreamBudget.size(config.maxStreams(), Runtime.getRuntime().maxMemory()).streams());

    DeploymentStub(ServletContext context) {
        when(context.getAttribute(Deployment.class.getName()))
                .thenAnswer(call -> root == null ? null : new Deployment(new LiveMediaRoot(root), config,
                        KeptFolders.of(config.access().folders(), root), metrics, budget, drain, Instant.EPOCH,
                        indexing));
    }

    /** The default settings with these access settings: sign-in, folder roles, share links. */
    void access(Access access) {
        ReelConfig defaults = ReelConfig.defaults();
        config = new ReelConfig(defaults.asyncTimeout(), defaults.cacheMaxAge(), defaults.maxRanges(),
                defaults.bandwidthCap(), defaults.sendfile(), defaults.maxStreams(), defaults.health(),
                defaults.metrics(), defaults.drainFile(), defaults.cacheSharedMaxAge(), access);
    }

    /**
     * Folders per role as {@code access.folders} says, for users signed in with {@code reel-viewer}, with share
     * links on. A servlet that keeps the configuration from {@code init} must be initialised again.
     */
    void folderRoles(String rules) {
        Sharing sharing = new Sharing(ShareSecret.parse("s".repeat(ShareSecret.MINIMUM_LENGTH)), Optional.empty(),
                Sharing.DEFAULT_MAX_AGE);
        access(new Access(Optional.of("reel-viewer"), FolderRoles.parse(rules).orElseThrow(), sharing));
    }
}
