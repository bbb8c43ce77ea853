package reel.it;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.OperationType;
import com.unboundid.ldif.LDIFException;
import com.unboundid.util.ssl.KeyStoreKeyManager;
import com.unboundid.util.ssl.SSLUtil;
import com.unboundid.util.ssl.TrustAllTrustManager;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A stand-in for an operator's Active Directory: an in-memory LDAPS directory on loopback, shaped like
 * the tree docs/OPERATIONS.md's JNDIRealm example expects ({@code DC=example,DC=com} with people, groups
 * and a service account), whose certificate an authority of its own signed, as a company's directory
 * usually is. Searching needs the service account, as in a real directory; users are found by
 * {@code sAMAccountName} and sign in by binding with their password.
 *
 * <pre>{@code
 * try (LdapDirectory directory = LdapDirectory.start(work)) {
 *     directory.authority();   // the PEM file an operator would add to Tomcat's trust store
 *     directory.port();
 * }
 * }</pre>
 */
final class LdapDirectory implements AutoCloseable {

    static final String BASE = "DC=example,DC=com";
    private static final String STORE_PASSWORD = "directory-test";
    private static final long KEYTOOL_TIMEOUT_SECONDS = 60;

    private final InMemoryDirectoryServer server;
    private final Path authority;

    private LdapDirectory(InMemoryDirectoryServer server, Path authority) {
        this.server = server;
        this.authority = authority;
    }

    /**
     * Starts the directory with {@code members}: each a user's sAMAccountName, password and the one group
     * (by cn) they are a member of. The service account is {@code CN=tomcat} with {@code change-me}.
     */
    static LdapDirectory start(Path work, List<Member> members) throws Exception {
        Path keys = Files.createDirectories(work.resolve("directory-keys"));
        Path authority = keys.resolve("directory-ca.pem");
        Path serverStore = issueServerCertificate(keys, authority);

        InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE);
        // Active Directory's attributes (sAMAccountName) are not in the standard schema this server knows.
        config.setSchema(null);
        config.setAuthenticationRequiredOperationTypes(EnumSet.of(OperationType.SEARCH, OperationType.COMPARE));
        SSLUtil serverSsl = new SSLUtil(new KeyStoreKeyManager(serverStore.toFile(), STORE_PASSWORD.toCharArray(),
                "PKCS12", "ldap"), new TrustAllTrustManager());
        config.setListenerConfigs(InMemoryListenerConfig.createLDAPSConfig("ldaps", InetAddress.getLoopbackAddress(),
                0, serverSsl.createSSLServerSocketFactory(), null));
        InMemoryDirectoryServer server = new InMemoryDirectoryServer(config);
        try {
            addTree(server, members);
            server.startListening();
        } catch (LDAPException | LDIFException | RuntimeException e) {
            server.shutDown(true);
            throw e;
        }
        return new LdapDirectory(server, authority);
    }

    /** A person in {@code OU=People} (one level down, so the example's subtree search is what finds them). */
    record Member(String account, String password, String group) {
        String dn() {
            return "CN=" + account + ",OU=Staff,OU=People," + BASE;
        }
    }

    int port() {
        return server.getListenPort();
    }

    /** The certificate of the authority that signed the directory's: what an operator adds to the trust store. */
    Path authority() {
        return authority;
    }

    @Override
    public void close() {
        server.shutDown(true);
    }

    private static void addTree(InMemoryDirectoryServer server, List<Member> members) throws LDAPException, LDIFException {
        server.add("dn: " + BASE, "objectClass: domain", "dc: example");
        for (String unit : List.of("People", "Groups", "Service Accounts")) {
            server.add("dn: OU=" + unit + "," + BASE, "objectClass: organizationalUnit", "ou: " + unit);
        }
        server.add("dn: OU=Staff,OU=People," + BASE, "objectClass: organizationalUnit", "ou: Staff");
        server.add("dn: CN=tomcat,OU=Service Accounts," + BASE, "objectClass: user", "cn: tomcat",
                "sAMAccountName: tomcat", "userPassword: change-me");
        List<String> groups = new ArrayList<>();
        for (Member member : members) {
            server.add("dn: " + member.dn(), "objectClass: user", "cn: " + member.account(),
                    "sAMAccountName: " + member.account(), "userPassword: " + member.password());
            if (!groups.contains(member.group())) {
                groups.add(member.group());
            }
        }
        for (String group : groups) {
            List<String> entry = new ArrayList<>(List.of("dn: CN=" + group + ",OU=Groups," + BASE, "objectClass: group",
                    "cn: " + group));
            members.stream().filter(member -> member.group().equals(group)).forEach(member -> entry.add("member: " + member.dn()));
            server.add(entry.toArray(String[]::new));
        }
    }

    /**
     * With the JDK's keytool, as an operator's PKI would: an authority, and a key for the directory whose
     * certificate the authority signs for the names {@code localhost} and {@code 127.0.0.1}, which the
     * client checks. Returns the directory's key store; writes the authority's certificate to {@code authority}.
     */
    private static Path issueServerCertificate(Path keys, Path authority) throws IOException, InterruptedException,
            GeneralSecurityException {
        Path ca = keys.resolve("ca.p12");
        Path server = keys.resolve("server.p12");
        Path request = keys.resolve("server.csr");
        Path signed = keys.resolve("server.pem");
        keytool("-genkeypair", "-keystore", ca.toString(), "-alias", "ca", "-keyalg", "EC", "-validity", "2",
                "-dname", "CN=Example Test Authority", "-ext", "bc:c");
        keytool("-exportcert", "-rfc", "-keystore", ca.toString(), "-alias", "ca", "-file", authority.toString());
        keytool("-genkeypair", "-keystore", server.toString(), "-alias", "ldap", "-keyalg", "EC", "-validity", "2",
                "-dname", "CN=localhost");
        keytool("-certreq", "-keystore", server.toString(), "-alias", "ldap", "-file", request.toString());
        keytool("-gencert", "-rfc", "-keystore", ca.toString(), "-alias", "ca", "-validity", "2",
                "-infile", request.toString(), "-outfile", signed.toString(), "-ext", "SAN=dns:localhost,ip:127.0.0.1");
        keytool("-importcert", "-noprompt", "-keystore", server.toString(), "-alias", "ca", "-file", authority.toString());
        keytool("-importcert", "-noprompt", "-keystore", server.toString(), "-alias", "ldap", "-file", signed.toString());
        return server;
    }

    private static void keytool(String... arguments) throws IOException, InterruptedException,
            GeneralSecurityException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                arguments[0], "-storetype", "PKCS12", "-storepass", STORE_PASSWORD));
        command.addAll(List.of(arguments).subList(1, arguments.length));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(KEYTOOL_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("keytool did not finish: " + command);
        }
        if (process.exitValue() != 0) {
            throw new GeneralSecurityException("keytool " + String.join(" ", arguments) + " failed: " + output);
        }
    }
}
