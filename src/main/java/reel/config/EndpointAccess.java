package reel.config;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Who may read an operations endpoint such as {@code /health}: nobody when it is switched off, else
 * the remote addresses the {@code allow} expression matches in full (the rule of Tomcat's
 * {@code RemoteAddrValve}). Behind a reverse proxy the remote address is the proxy's, unless Tomcat's
 * {@code RemoteIpValve} puts the client's in its place; a request that still says whom it was
 * forwarded for ({@link reel.http.ForwardedFor}) is served only when every one of those addresses is
 * allowed too, so a proxy on the same host does not make the world look like loopback.
 */
public record EndpointAccess(boolean enabled, Pattern allow) {

    /** IPv4 127.0.0.0/8 and IPv6 ::1 in both of the spellings Tomcat reports. */
    public static final String LOOPBACK = "127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}|::1|0:0:0:0:0:0:0:1";
    private static final Pattern LOOPBACK_PATTERN = Pattern.compile(LOOPBACK);

    public EndpointAccess {
        Objects.requireNonNull(allow, "allow");
    }

    /** What an endpoint answers a request from this address. */
    public enum Decision {
        /** Answer normally. */
        SERVE,
        /** 404: a switched-off endpoint looks like one that never existed. */
        DISABLED,
        /** 403: the endpoint exists, this client may not read it. */
        FORBIDDEN
    }

    /** @param forwardedFor the addresses the request says it was forwarded for, none when direct */
    public Decision decide(String remoteAddress, List<String> forwardedFor) {
        if (!enabled) {
            return Decision.DISABLED;
        }
        return allowsAll(allow, remoteAddress, forwardedFor) ? Decision.SERVE : Decision.FORBIDDEN;
    }

    /** Whether the request comes from this machine: the peer and everyone it was forwarded for. */
    public static boolean isLoopback(String remoteAddress, List<String> forwardedFor) {
        return allowsAll(LOOPBACK_PATTERN, remoteAddress, forwardedFor);
    }

    private static boolean allowsAll(Pattern allow, String remoteAddress, List<String> forwardedFor) {
        return allow.matcher(remoteAddress).matches()
                && forwardedFor.stream().allMatch(address -> allow.matcher(address).matches());
    }
}
