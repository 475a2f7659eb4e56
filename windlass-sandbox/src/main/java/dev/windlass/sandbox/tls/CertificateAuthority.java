package dev.windlass.sandbox.tls;

import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManagerFactory;

/**
 * The sandbox's own certificate authority and the API server certificate it issued: a self-signed
 * EC P-256 CA ({@code CN=windlass-sandbox-ca}, ten years) and a one-year server certificate for
 * {@code localhost}, {@code 127.0.0.1}, {@code ::1} and the caller's names. With a data directory
 * the authority is {@link #save saved} and {@link #load loaded} again, so kubeconfigs that trust it
 * stay valid across restarts; the server certificate is reused while it names the same hosts and
 * has more than 30 days left, and issued again otherwise.
 *
 * <pre>{@code
 * CertificateAuthority tls = CertificateAuthority.loadOrGenerate(dataDir.resolve("tls"), List.of("sandbox.local"));
 * HttpsServer server = HttpsServer.create(address, 0);
 * server.setHttpsConfigurator(new HttpsConfigurator(tls.sslContext()) {
 *     public void configure(HttpsParameters params) { params.setSSLParameters(tls.sslParameters()); }
 * });
 * String caData = tls.certificatePem(); // for the kubeconfig
 * }</pre>
 */
public final class CertificateAuthority {

    /** The protocols the server offers, newest first. */
    public static final List<String> PROTOCOLS = List.of("TLSv1.3", "TLSv1.2");
    /** Below this much remaining validity a saved server certificate is issued again. */
    static final Duration RENEW_BEFORE = Duration.ofDays(30);
    /** Key stores here live in memory only; the password protects nothing and is not a secret. */
    private static final char[] STORE_PASSWORD = "windlass-sandbox".toCharArray();

    private final X509Certificate certificate;
    private final PrivateKey key;
    private final X509Certificate serverCertificate;
    private final PrivateKey serverKey;
    private final List<String> serverNames;

    private CertificateAuthority(X509Certificate certificate, PrivateKey key, X509Certificate serverCertificate,
            PrivateKey serverKey, List<String> serverNames) {
        this.certificate = certificate;
        this.key = key;
        this.serverCertificate = serverCertificate;
        this.serverKey = serverKey;
        this.serverNames = serverNames;
    }

    /** A new authority and a server certificate for the default names plus {@code extraServerNames}. */
    public static CertificateAuthority generate(Collection<String> extraServerNames) {
        return generate(extraServerNames, Clock.systemUTC());
    }

    public static CertificateAuthority generate(Collection<String> extraServerNames, Clock clock) {
        List<String> names = ServerNames.withDefaults(List.copyOf(extraServerNames));
        Instant now = clock.instant();
        KeyPair caKeys = CertificateIssuer.newKeyPair();
        X509Certificate ca = CertificateIssuer.authority(caKeys, now);
        return withNewServer(ca, caKeys.getPrivate(), names, now);
    }

    /** The authority saved in {@code dir}, with a server certificate for the default names only. */
    public static CertificateAuthority load(Path dir) {
        return load(dir, List.of(), Clock.systemUTC());
    }

    /**
     * The authority saved in {@code dir} by {@link #save}; the saved server certificate when it still
     * fits {@code extraServerNames} and has more than 30 days left, a new one otherwise (call
     * {@link #save} to keep it).
     *
     * @throws TlsException when the files are missing, unreadable, do not match, or the authority expired
     */
    public static CertificateAuthority load(Path dir, Collection<String> extraServerNames, Clock clock) {
        List<String> names = ServerNames.withDefaults(List.copyOf(extraServerNames));
        TlsDirectory files = new TlsDirectory(dir);
        if (!files.hasAuthority()) {
            throw new TlsException("no certificate authority in " + dir + " (" + TlsDirectory.CA_CERT + " and "
                    + TlsDirectory.CA_KEY + "); use loadOrGenerate to create one");
        }
        X509Certificate ca = files.caCertificate();
        PrivateKey caKey = files.caKey();
        Instant now = clock.instant();
        checkAuthority(dir, ca, caKey, now);
        return files.server()
                .filter(pair -> reusable(pair, ca, names, now))
                .map(pair -> new CertificateAuthority(ca, caKey, pair.certificate(), pair.key(), names))
                .orElseGet(() -> withNewServer(ca, caKey, names, now));
    }

    /** The authority saved in {@code dir}, or a new one saved there when the directory has none. */
    public static CertificateAuthority loadOrGenerate(Path dir, Collection<String> extraServerNames) {
        if (new TlsDirectory(dir).hasAuthority()) {
            CertificateAuthority loaded = load(dir, extraServerNames, Clock.systemUTC());
            loaded.save(dir);
            return loaded;
        }
        CertificateAuthority created = generate(extraServerNames);
        created.save(dir);
        return created;
    }

    /**
     * Writes {@code ca.crt}, {@code ca.key}, {@code apiserver.crt} and {@code apiserver.key} to
     * {@code dir} (created owner-only when missing); keys are {@code 0600}, each file written atomically.
     */
    public void save(Path dir) {
        new TlsDirectory(dir).save(certificate, key, serverCertificate, serverKey);
    }

    /** The authority's certificate, the one clients trust. */
    public X509Certificate certificate() {
        return certificate;
    }

    /** The authority's certificate as PEM, for a kubeconfig's {@code certificate-authority-data}. */
    public String certificatePem() {
        return Pem.certificate(certificate);
    }

    public X509Certificate serverCertificate() {
        return serverCertificate;
    }

    /** The server certificate as PEM. */
    public String serverCertificatePem() {
        return Pem.certificate(serverCertificate);
    }

    /** The names the server certificate is valid for, defaults first. */
    public List<String> serverNames() {
        return serverNames;
    }

    /**
     * A new server-side context that presents the server certificate (with the authority's after it).
     * Offer only {@link #PROTOCOLS} by applying {@link #sslParameters()} to the server socket or
     * {@code HttpsParameters}.
     */
    public SSLContext sslContext() {
        try {
            KeyStore store = emptyStore();
            store.setKeyEntry("server", serverKey, STORE_PASSWORD, new X509Certificate[] {serverCertificate, certificate});
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(store, STORE_PASSWORD);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new TlsException("cannot build the server's TLS context: " + e.getMessage(), e);
        }
    }

    /** Server parameters: {@link #PROTOCOLS} only, the JDK's default cipher suites, no client certificates asked for. */
    public SSLParameters sslParameters() {
        SSLParameters parameters = new SSLParameters(null, PROTOCOLS.toArray(String[]::new));
        parameters.setNeedClientAuth(false);
        parameters.setWantClientAuth(false);
        return parameters;
    }

    /** An in-memory key store holding the authority's certificate as a trusted entry, for clients. */
    public KeyStore trustStore() {
        try {
            KeyStore store = emptyStore();
            store.setCertificateEntry(CertificateIssuer.CA_COMMON_NAME, certificate);
            return store;
        } catch (GeneralSecurityException e) {
            throw new TlsException("cannot build a trust store: " + e.getMessage(), e);
        }
    }

    /** A client-side context that trusts this authority and nothing else, for tests and tools. */
    public SSLContext clientSslContext() {
        try {
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trustStore());
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new TlsException("cannot build the client's TLS context: " + e.getMessage(), e);
        }
    }

    private static CertificateAuthority withNewServer(X509Certificate ca, PrivateKey caKey, List<String> names,
            Instant now) {
        KeyPair serverKeys = CertificateIssuer.newKeyPair();
        X509Certificate server = CertificateIssuer.server(ca, caKey, serverKeys.getPublic(), names, now);
        return new CertificateAuthority(ca, caKey, server, serverKeys.getPrivate(), names);
    }

    private static void checkAuthority(Path dir, X509Certificate ca, PrivateKey caKey, Instant now) {
        if (!KeyMatch.matches(ca.getPublicKey(), caKey)) {
            throw new TlsException(dir.resolve(TlsDirectory.CA_KEY) + " is not the key of "
                    + dir.resolve(TlsDirectory.CA_CERT) + "; restore the matching pair, or delete " + dir
                    + " to create a new certificate authority");
        }
        if (ca.getNotAfter().toInstant().isBefore(now)) {
            throw new TlsException(dir.resolve(TlsDirectory.CA_CERT) + " expired on " + ca.getNotAfter().toInstant()
                    + "; delete " + dir + " to create a new certificate authority and write kubeconfigs again");
        }
    }

    private static boolean reusable(TlsDirectory.ServerPair pair, X509Certificate ca, List<String> names, Instant now) {
        X509Certificate server = pair.certificate();
        try {
            server.verify(ca.getPublicKey());
        } catch (GeneralSecurityException e) {
            return false;
        }
        return KeyMatch.matches(server.getPublicKey(), pair.key())
                && server.getNotAfter().toInstant().isAfter(now.plus(RENEW_BEFORE))
                && !server.getNotBefore().toInstant().isAfter(now)
                && alternativeNames(server).equals(canonical(names));
    }

    /** The certificate's DNS and IP subject alternative names, in canonical form. */
    static Set<String> alternativeNames(X509Certificate certificate) {
        Set<String> names = new HashSet<>();
        try {
            Collection<List<?>> entries = certificate.getSubjectAlternativeNames();
            if (entries != null) {
                for (List<?> entry : entries) {
                    if (entry.get(1) instanceof String value) {
                        names.add(ServerNames.canonical(value));
                    }
                }
            }
        } catch (CertificateParsingException e) {
            return Set.of();
        }
        return names;
    }

    private static Set<String> canonical(List<String> names) {
        Set<String> result = new HashSet<>();
        names.forEach(name -> result.add(ServerNames.canonical(name)));
        return result;
    }

    private static KeyStore emptyStore() throws GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try {
            store.load(null, null);
        } catch (IOException e) {
            throw new GeneralSecurityException(e);
        }
        return store;
    }
}
