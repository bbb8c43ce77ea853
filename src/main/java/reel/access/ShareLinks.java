package reel.access;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import reel.config.ShareSecret;

/**
 * Signs and checks share links. A token is {@code <expiry>.<signature>}: the expiry in epoch seconds and
 * HMAC-SHA256 over the file's library path and that expiry, with the secret, in URL-safe Base64 without
 * padding. The file is not in the token but in the URL it rides on ({@code /watch/a.mp4?share=...}), so
 * the same token on another file does not verify. Nothing is stored: every node with the same secret
 * checks every link.
 *
 * <pre>{@code
 * String token = links.sign("/Shorts/a.mp4", now.plus(Duration.ofDays(1)));
 * links.verify("/Shorts/a.mp4", token, now); // VALID
 * }</pre>
 */
public final class ShareLinks {

    private static final String ALGORITHM = "HmacSHA256";
    /** Names what is signed, so a signature made for something else with the same key never passes here. */
    private static final String PURPOSE = "reel share link v1";
    /** One spelling per token: no leading zero, no sign, and the 43 characters 32 bytes take without padding. */
    private static final Pattern TOKEN = Pattern.compile("([1-9][0-9]{0,11})\\.([A-Za-z0-9_-]{43})");

    private final ShareSecret secret;
    private final Duration maxAge;

    public ShareLinks(ShareSecret secret, Duration maxAge) {
        this.secret = Objects.requireNonNull(secret, "secret");
        this.maxAge = Objects.requireNonNull(maxAge, "maxAge");
    }

    /** The token for {@code path}, a library path as {@code reel.media.LibraryPath} writes it, valid until {@code expiry}. */
    public String sign(String path, Instant expiry) {
        return expiry.getEpochSecond() + "." + signature(path, expiry.getEpochSecond());
    }

    /** Whether {@code token} lets its holder at {@code path} at {@code now}; the signature is compared in constant time. */
    public ShareVerdict verify(String path, String token, Instant now) {
        var parts = TOKEN.matcher(token);
        if (!parts.matches()) {
            return ShareVerdict.MALFORMED;
        }
        long expiry = Long.parseLong(parts.group(1));
        byte[] expected = signature(path, expiry).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, parts.group(2).getBytes(StandardCharsets.US_ASCII))) {
            return ShareVerdict.FORGED;
        }
        if (now.getEpochSecond() >= expiry) {
            return ShareVerdict.EXPIRED;
        }
        return expiry - now.getEpochSecond() > maxAge.getSeconds() ? ShareVerdict.TOO_LONG : ShareVerdict.VALID;
    }

    /** The expiry a well-formed token names, signed or not; the caller has verified it first. */
    public static Instant expiry(String token) {
        var parts = TOKEN.matcher(token);
        if (!parts.matches()) {
            throw new IllegalArgumentException("not a share token");
        }
        return Instant.ofEpochSecond(Long.parseLong(parts.group(1)));
    }

    private String signature(String path, long expiry) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret.key(), ALGORITHM));
            byte[] signed = mac.doFinal((PURPOSE + "\n" + expiry + "\n" + path).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(signed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java platform has " + ALGORITHM, e);
        }
    }
}
