package reel.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The client addresses a request says it was forwarded for: every {@code X-Forwarded-For} entry and
 * every {@code for=} of {@code Forwarded} (RFC 7239), in the order sent. A proxy appends the address it
 * saw, so the last entries are the ones a proxy vouches for and the first may be forged by the client;
 * a caller that grants something only to certain addresses must require all of them to qualify.
 * Tomcat's {@code RemoteIpValve}, when configured, removes the entries it has resolved, so a request
 * that still carries some was not resolved by the container.
 *
 * <pre>{@code
 * ForwardedFor.addresses(List.of("203.0.113.7, 127.0.0.1"), List.of("for=\"[2001:db8::1]:4711\";proto=https"))
 * // [203.0.113.7, 127.0.0.1, 2001:db8::1]
 * }</pre>
 */
public final class ForwardedFor {

    private ForwardedFor() {
    }

    /**
     * @param xForwardedFor every {@code X-Forwarded-For} field line
     * @param forwarded every {@code Forwarded} field line
     * @return the addresses without ports, brackets or quotes; an entry that is not an address
     *     ({@code unknown}, an obfuscated {@code _node}, garbage) is kept as written, so it matches no
     *     address rule
     */
    public static List<String> addresses(List<String> xForwardedFor, List<String> forwarded) {
        List<String> addresses = new ArrayList<>();
        for (String line : xForwardedFor) {
            for (String entry : line.split(",")) {
                addresses.add(address(entry.trim()));
            }
        }
        for (String line : forwarded) {
            for (String element : line.split(",")) {
                for (String pair : element.split(";")) {
                    int equals = pair.indexOf('=');
                    if (equals > 0 && pair.substring(0, equals).trim().toLowerCase(Locale.ROOT).equals("for")) {
                        addresses.add(address(unquote(pair.substring(equals + 1).trim())));
                    }
                }
            }
        }
        return addresses;
    }

    /** {@code [2001:db8::1]:4711} is {@code 2001:db8::1}; {@code 192.0.2.1:80} is {@code 192.0.2.1}. */
    private static String address(String entry) {
        if (entry.startsWith("[")) {
            int close = entry.indexOf(']');
            return close > 0 ? entry.substring(1, close) : entry;
        }
        int colon = entry.indexOf(':');
        // One colon is IPv4 with a port; more are a bare IPv6 address.
        if (colon > 0 && entry.indexOf(':', colon + 1) < 0) {
            return entry.substring(0, colon);
        }
        return entry;
    }

    private static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1) : value;
    }
}
