package reel.metrics;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import javax.management.MalformedObjectNameException;
import javax.management.ObjectName;

/**
 * The JMX names of one deployment of reel, from its context path and its web application version
 * (Tomcat's parallel deployment: {@code 002} for {@code reel##002.war}, empty for {@code reel.war}):
 * <ul>
 * <li>{@link #context()}, {@code reel:type=Streaming,context=/reel}: the name monitoring should use. It
 * always belongs to the newest version running at that path, the one Tomcat sends new requests to, so
 * it stays put across upgrades;</li>
 * <li>{@link #version(int)}, {@code reel:type=Streaming,context=/reel,version=002}: this deployment's
 * own, for as long as it runs, to watch an old version's streams finish.</li>
 * </ul>
 *
 * @param contextPath  as {@code ServletContext.getContextPath()}: {@code ""} for the root, else {@code /reel}
 * @param webappVersion the version Tomcat orders deployments by, {@code ""} when there is none
 */
public record StreamingNames(String contextPath, String webappVersion) {

    /** Every name reel registers, of every deployment and context path. */
    public static final ObjectName ALL = parse("reel:type=Streaming,*");

    private static final String DOMAIN = "reel";
    private static final String TYPE = "Streaming";
    private static final String CONTEXT_KEY = "context";
    private static final String VERSION_KEY = "version";
    /** Only when the same path and version run twice in one JVM, as in two Tomcat hosts. */
    private static final String INSTANCE_KEY = "instance";
    /**
     * Tomcat's order of versions (its documentation on parallel deployment: "String comparisons are used
     * to determine version order", so no version comes before {@code 001} and {@code 11} before
     * {@code 2}); then the later of two registrations of the same version.
     */
    private static final Comparator<ObjectName> NEWER_LAST = Comparator
            .comparing((ObjectName name) -> plain(name.getKeyProperty(VERSION_KEY)))
            .thenComparingInt(StreamingNames::instance);

    public StreamingNames {
        if (contextPath == null || webappVersion == null) {
            throw new IllegalArgumentException("contextPath " + contextPath + ", webappVersion " + webappVersion);
        }
    }

    /** {@code reel:type=Streaming,context=/reel}; the root context is {@code context=/}, as in Tomcat's own names. */
    public ObjectName context() {
        return name(false, 1);
    }

    /**
     * This deployment's own name; {@code instance} 1 for the first registration of this path and version
     * in the JVM, which adds no key, and 2, 3, ... for any after it ({@code ,instance=2}).
     */
    public ObjectName version(int instance) {
        if (instance < 1) {
            throw new IllegalArgumentException("instance " + instance);
        }
        return name(true, instance);
    }

    /**
     * Whether {@code deployment}, a name made by {@link #version(int)}, is the newest version of its
     * context path among {@code registered}: the one that should hold the context's name.
     */
    public static boolean isNewest(ObjectName deployment, Collection<ObjectName> registered) {
        String context = deployment.getKeyProperty(CONTEXT_KEY);
        Optional<ObjectName> newest = registered.stream()
                .filter(name -> DOMAIN.equals(name.getDomain()) && TYPE.equals(name.getKeyProperty("type")))
                .filter(name -> context.equals(name.getKeyProperty(CONTEXT_KEY)))
                .filter(name -> name.getKeyProperty(VERSION_KEY) != null)
                .max(NEWER_LAST);
        return newest.equals(Optional.of(deployment));
    }

    /** Keys in the order the documentation writes them; {@link ObjectName#toString()} keeps it for the logs. */
    private ObjectName name(boolean withVersion, int instance) {
        StringBuilder name = new StringBuilder(DOMAIN + ":type=" + TYPE);
        name.append(',').append(CONTEXT_KEY).append('=').append(value(contextPath.isEmpty() ? "/" : contextPath));
        if (withVersion) {
            name.append(',').append(VERSION_KEY).append('=').append(value(webappVersion));
        }
        if (instance > 1) {
            name.append(',').append(INSTANCE_KEY).append('=').append(instance);
        }
        return parse(name.toString());
    }

    /** A key's value as written: bare when it can be, which paths and versions nearly always can. */
    private static String value(String text) {
        return text.chars().anyMatch(c -> ",=:\"*?\n\\".indexOf(c) >= 0) ? ObjectName.quote(text) : text;
    }

    private static String plain(String value) {
        return value.startsWith("\"") ? ObjectName.unquote(value) : value;
    }

    private static int instance(ObjectName name) {
        String instance = name.getKeyProperty(INSTANCE_KEY);
        boolean counted = instance != null && instance.matches("[1-9][0-9]{0,8}");
        return counted ? Integer.parseInt(instance) : 1;
    }

    private static ObjectName parse(String name) {
        try {
            return new ObjectName(name);
        } catch (MalformedObjectNameException e) {
            throw new AssertionError("every value is quoted where it must be: " + name, e);
        }
    }
}
