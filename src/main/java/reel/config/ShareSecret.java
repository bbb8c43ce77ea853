package reel.config;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The key that signs share links ({@code share.secret}). It is never written anywhere: {@link #toString()}
 * says only that it is set, so a log line or a page that shows this value by accident shows no key.
 * The key is the setting's UTF-8 bytes, so every node given the same text signs the same links.
 */
public final class ShareSecret {

    /**
     * {@code openssl rand -base64 32} gives 44 characters; 43 is 32 random bytes in Base64 without
     * padding. Anything shorter is too easy to guess for a key that signs links for anyone to use.
     */
    public static final int MINIMUM_LENGTH = 43;

    private final byte[] key;

    private ShareSecret(byte[] key) {
        this.key = key;
    }

    /** At least {@link #MINIMUM_LENGTH} characters, none of them white space; empty otherwise. */
    public static Optional<ShareSecret> parse(String text) {
        if (text.length() < MINIMUM_LENGTH || text.chars().anyMatch(Character::isWhitespace)) {
            return Optional.empty();
        }
        return Optional.of(new ShareSecret(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** A copy of the key's bytes, for the one place that signs with it. */
    public byte[] key() {
        return key.clone();
    }

    @Override
    public String toString() {
        return "(set)";
    }
}
