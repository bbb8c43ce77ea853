package reel.subtitle;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import reel.media.MediaFile;

/**
 * Subtitle files as the WebVTT bytes reel sends, converted once per version of a file and kept within a
 * byte budget, least recently used out first. A large SubRip file costs tens of milliseconds of CPU to
 * convert; a player asks for it on every page view, so a repeat must not convert it again. A version is
 * the path with its size and modification time: a file fixed beside its video is converted anew.
 */
public final class SubtitleBodies {

    /** Enough for a few hundred films' subtitles (about 100 KB each) at a small, fixed heap cost. */
    public static final long DEFAULT_BUDGET_BYTES = 16L << 20;
    /** Versions whose refusal was logged; beyond this many the oldest is forgotten (and may be logged again). */
    private static final int MAX_REMEMBERED_REFUSALS = 1024;

    private record Version(Path path, long size, Instant modified, boolean fromSubRip) {
    }

    private final long budgetBytes;
    private final Map<Version, byte[]> bodies = new LinkedHashMap<>(16, 0.75f, true);
    private final Map<Version, Boolean> warned = new LinkedHashMap<>(16, 0.75f, true);
    private long cachedBytes;

    public SubtitleBodies(long budgetBytes) {
        if (budgetBytes < 0) {
            throw new IllegalArgumentException("negative budget " + budgetBytes);
        }
        this.budgetBytes = budgetBytes;
    }

    /** The WebVTT body of this version of {@code file}, converted from SubRip when {@code fromSubRip}. */
    public byte[] webVtt(MediaFile file, boolean fromSubRip) throws IOException {
        Version version = new Version(file.path(), file.size(), file.modified(), fromSubRip);
        synchronized (this) {
            byte[] cached = bodies.get(version);
            if (cached != null) {
                return cached;
            }
        }
        // Converted outside the lock: two first requests may both convert, and the second result wins.
        String text = SubtitleText.decode(Files.readAllBytes(file.path()));
        byte[] body = (fromSubRip ? SubRipToWebVtt.convert(text) : text).getBytes(StandardCharsets.UTF_8);
        keep(version, body);
        return body;
    }

    /**
     * Whether a refusal of this version of {@code file} is the first, so it is logged once and not on
     * every request; a new version, or one forgotten among many, is logged again.
     */
    public synchronized boolean firstRefusal(MediaFile file) {
        Version version = new Version(file.path(), file.size(), file.modified(), false);
        if (warned.put(version, Boolean.TRUE) != null) {
            return false;
        }
        if (warned.size() > MAX_REMEMBERED_REFUSALS) {
            Iterator<Version> oldest = warned.keySet().iterator();
            oldest.next();
            oldest.remove();
        }
        return true;
    }

    private synchronized void keep(Version version, byte[] body) {
        if (body.length > budgetBytes) {
            return;
        }
        byte[] replaced = bodies.put(version, body);
        cachedBytes += body.length - (replaced == null ? 0 : replaced.length);
        Iterator<byte[]> leastRecent = bodies.values().iterator();
        while (cachedBytes > budgetBytes) {
            cachedBytes -= leastRecent.next().length;
            leastRecent.remove();
        }
    }
}
