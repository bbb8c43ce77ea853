package reel.config;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Who may read an operations endpoint such as {@code /health}: nobody when it is switched off, else
 * the remote addresses the {@code allow} expression matches in full (the rule of Tomcat's
 * {@code RemoteAddrValve}). Behind a reverse proxy the remote address is the proxy's, unless Tomcat's
 * {@code RemoteIpValve} puts the client's in its place.
 */
public record EndpointAccess(boolean enabled, Pattern allow) {

    /** IPv4 127.0.0.0/8 and IPv6 ::1 in both of the spellings Tomcat reports. */
    public static final String LOOPBACK = "127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}|::1|0:0:0:0:0:0:0:1";

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

    public Decision decide(String remoteAddress) {
        if (!enabled) {
            return Decision.DISABLED;
        }
        return allow.matcher(remoteAddress).matches() ? Decision.SERVE : Decision.FORBIDDEN;
    }
}
