package reel.metrics;

import java.lang.management.ManagementFactory;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.management.InstanceAlreadyExistsException;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.MBeanServerDelegate;
import javax.management.MBeanServerNotification;
import javax.management.Notification;
import javax.management.NotificationListener;
import javax.management.ObjectName;
import javax.management.relation.MBeanServerNotificationFilter;

/**
 * One deployment's {@link StreamingBean} in JMX under the names of {@link StreamingNames}: its own
 * ({@code reel:type=Streaming,context=/reel,version=002}) while it runs, and the context's
 * ({@code reel:type=Streaming,context=/reel}) while it is the newest version at its path.
 *
 * <p>With Tomcat's parallel deployment several versions run at once, each in its own class loader, and
 * they pass the context's name between them through the MBean server alone: a version that registers
 * and is the newest takes the name from the one holding it; one that unregisters while holding it lets
 * it go, and every other version hears of that (an unregistration notification) and the newest left
 * takes it. So the name follows Tomcat's choice of version for new requests, and no registration fails
 * because another version got there first. {@link #unregister()} must run on undeploy: a registered
 * bean or listener holds the web application's class loader.
 */
public final class StreamingRegistration implements NotificationListener {

    private static final Logger LOG = Logger.getLogger(StreamingRegistration.class.getName());
    /** More than any JVM runs of one path and version; a bound so that a broken server cannot loop us. */
    private static final int MAX_INSTANCES = 100;

    private final MBeanServer server;
    /** A new bean over this deployment's numbers, for each name it is registered under. */
    private final Supplier<StreamingBean> beans;
    private final StreamingNames names;
    private final ObjectName own;
    // The fields below change only while holding the server's monitor (see lock()).
    private boolean holdsContextName;
    private boolean changingContextName;
    private boolean unregistered;

    private StreamingRegistration(MBeanServer server, Supplier<StreamingBean> beans, StreamingNames names,
            ObjectName own) {
        this.server = server;
        this.beans = beans;
        this.names = names;
        this.own = own;
    }

    /** Registers in the platform MBean server, where JConsole and JMX exporters look. */
    public static StreamingRegistration register(StreamMetrics metrics, Drain drain, StreamingNames names)
            throws JMException {
        return register(metrics, drain, names, ManagementFactory.getPlatformMBeanServer());
    }

    static StreamingRegistration register(StreamMetrics metrics, Drain drain, StreamingNames names,
            MBeanServer server) throws JMException {
        Supplier<StreamingBean> beans = () -> new StreamingBean(metrics, drain, names.webappVersion());
        synchronized (lock(server)) {
            ObjectName own = registerOwn(beans, names, server);
            LOG.info(() -> "reel JMX bean " + own);
            StreamingRegistration registration = new StreamingRegistration(server, beans, names, own);
            try {
                server.addNotificationListener(MBeanServerDelegate.DELEGATE_NAME, registration,
                        unregistrationOf(names.context()), null);
            } catch (JMException e) {
                server.unregisterMBean(own);
                throw e;
            }
            registration.takeContextNameIfNewest();
            return registration;
        }
    }

    /** This deployment's own name. */
    public ObjectName name() {
        return own;
    }

    /** Removes both names; if this held the context's name, the newest version left takes it. */
    public void unregister() throws JMException {
        synchronized (lock(server)) {
            unregistered = true;
            // First stop listening, so that letting the context's name go does not wake this registration;
            // then remove the own name, so that the versions left do not count this one as the newest.
            try {
                server.removeNotificationListener(MBeanServerDelegate.DELEGATE_NAME, this);
            } finally {
                try {
                    server.unregisterMBean(own);
                } finally {
                    if (holdsContextName) {
                        holdsContextName = false;
                        server.unregisterMBean(names.context());
                    }
                }
            }
        }
    }

    /** The context's name was unregistered: by a newer version taking it, or by its holder going. */
    @Override
    public void handleNotification(Notification notification, Object handback) {
        synchronized (lock(server)) {
            if (changingContextName) {
                // This registration's own takeover, not news.
                return;
            }
            holdsContextName = false;
            takeContextNameIfNewest();
        }
    }

    /** Takes the context's name from whichever older version holds it, if this is the newest version now. */
    private void takeContextNameIfNewest() {
        if (unregistered || holdsContextName
                || !StreamingNames.isNewest(own, server.queryNames(StreamingNames.ALL, null))) {
            return;
        }
        changingContextName = true;
        try {
            if (server.isRegistered(names.context())) {
                // An older version's: unregistering it is how that version learns it no longer holds the name.
                server.unregisterMBean(names.context());
            }
            server.registerMBean(beans.get(), names.context());
            holdsContextName = true;
            LOG.info(() -> "reel JMX bean " + names.context() + " is now " + own);
        } catch (JMException e) {
            LOG.log(Level.WARNING, "reel could not register its JMX bean " + names.context(), e);
        } finally {
            changingContextName = false;
        }
    }

    private static ObjectName registerOwn(Supplier<StreamingBean> beans, StreamingNames names, MBeanServer server)
            throws JMException {
        for (int instance = 1; instance < MAX_INSTANCES; instance++) {
            try {
                return server.registerMBean(beans.get(), names.version(instance))
                        .getObjectName();
            } catch (InstanceAlreadyExistsException taken) {
                // The same path and version already run in this JVM, as in a second Tomcat host.
            }
        }
        return server.registerMBean(beans.get(), names.version(MAX_INSTANCES))
                .getObjectName();
    }

    private static MBeanServerNotificationFilter unregistrationOf(ObjectName name) {
        MBeanServerNotificationFilter filter = new MBeanServerNotificationFilter();
        filter.disableAllTypes();
        filter.enableType(MBeanServerNotification.UNREGISTRATION_NOTIFICATION);
        filter.disableAllObjectNames();
        filter.enableObjectName(name);
        return filter;
    }

    /**
     * The one object every version of reel in this JVM shares whatever its class loader: the MBean
     * server. Holding its monitor makes each version's look at the names and change of them one step, so
     * two versions starting or stopping at once cannot both take the context's name.
     */
    private static Object lock(MBeanServer server) {
        return server;
    }
}
