package reel.it;

import com.sun.tools.attach.AttachNotSupportedException;
import com.sun.tools.attach.VirtualMachine;
import java.io.IOException;
import java.util.Set;
import javax.management.JMException;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * The MBean server of another JVM on this machine, such as a Tomcat that {@link CatalinaProcess} started,
 * reached through the JDK's attach API and the local management agent it starts there: nothing to
 * configure in Tomcat, no port opened beyond this machine's loopback connector. {@link #close()} detaches.
 */
final class AttachedJmx implements AutoCloseable {

    private final VirtualMachine vm;
    private final JMXConnector connector;
    private final MBeanServerConnection server;

    private AttachedJmx(VirtualMachine vm, JMXConnector connector) throws IOException {
        this.vm = vm;
        this.connector = connector;
        this.server = connector.getMBeanServerConnection();
    }

    static AttachedJmx attach(long pid) throws IOException, AttachNotSupportedException {
        VirtualMachine vm = VirtualMachine.attach(Long.toString(pid));
        try {
            JMXConnector connector = JMXConnectorFactory.connect(new JMXServiceURL(vm.startLocalManagementAgent()));
            return new AttachedJmx(vm, connector);
        } catch (IOException | RuntimeException e) {
            vm.detach();
            throw e;
        }
    }

    /** The names matching {@code pattern}, such as {@code reel:*}. */
    Set<ObjectName> names(String pattern) throws IOException, JMException {
        return server.queryNames(new ObjectName(pattern), null);
    }

    Object attribute(String name, String attribute) throws IOException, JMException {
        return server.getAttribute(new ObjectName(name), attribute);
    }

    /** Runs an operation without parameters, such as the streaming bean's {@code drain}. */
    void invoke(String name, String operation) throws IOException, JMException {
        server.invoke(new ObjectName(name), operation, null, null);
    }

    @Override
    public void close() throws IOException {
        try {
            connector.close();
        } finally {
            vm.detach();
        }
    }
}
