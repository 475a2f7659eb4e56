package dev.windlass.server.admission;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * The TLS material of the admission webhook: the serving certificate chain and key, and the CA the API
 * server must trust (the {@code caBundle} of the webhook configuration). Either generated the way
 * Gatekeeper's cert-controller does (a CA valid 10 years, a serving certificate valid 1 year, renewed
 * when it has less than 90 days left) and kept in a certificate directory as {@code ca.crt},
 * {@code ca.key}, {@code tls.crt} and {@code tls.key}, or loaded from the user's own files.
 */
public final class WebhookTls {

    /** How long a generated CA is valid: cert-controller's {@code defaultCaCertValidityDuration}. */
    public static final Duration CA_VALIDITY = Duration.ofDays(10 * 365);
    /** How long a generated serving certificate is valid: cert-controller's {@code defaultServerCertValidityDuration}. */
    public static final Duration SERVING_VALIDITY = Duration.ofDays(365);
    /** A certificate expiring sooner than this is renewed: cert-controller's {@code defaultLookaheadInterval}. */
    public static final Duration LOOKAHEAD = Duration.ofDays(90);
    /** File names in the certificate directory, the keys of cert-controller's Secret. */
    public static final String CA_CERT = "ca.crt";
    public static final String CA_KEY = "ca.key";
    public static final String TLS_CERT = "tls.crt";
    public static final String TLS_KEY = "tls.key";
    private static final Duration BACKDATE = Duration.ofHours(1);

    private final X509Certificate ca;
    private final PrivateKey caKey;
    private final List<X509Certificate> servingChain;
    private final PrivateKey servingKey;

    private WebhookTls(X509Certificate ca, PrivateKey caKey, List<X509Certificate> servingChain, PrivateKey servingKey) {
        this.ca = ca;
        this.caKey = caKey;
        this.servingChain = List.copyOf(servingChain);
        this.servingKey = Objects.requireNonNull(servingKey, "servingKey");
    }

    /** A new CA and a serving certificate for {@code hosts} (DNS names or IP literals; the first is the CN). */
    public static WebhookTls generate(List<String> hosts, Instant now) throws WebhookTlsException {
        if (hosts.isEmpty()) {
            throw new IllegalArgumentException("a serving certificate needs at least one host name");
        }
        try {
            CertificateIssuer issuer = new CertificateIssuer(new SecureRandom());
            KeyPair caKeys = issuer.newKeyPair();
            X509Certificate ca = issuer.issueCa(caKeys, now.minus(BACKDATE), now.plus(CA_VALIDITY));
            return serving(issuer, ca, caKeys.getPrivate(), hosts, now);
        } catch (GeneralSecurityException e) {
            throw new WebhookTlsException("cannot generate the webhook certificates: " + e.getMessage(), e);
        }
    }

    /**
     * The certificates in {@code certDir}, renewed as cert-controller renews them: kept while the serving
     * certificate names every host and is valid for {@link #LOOKAHEAD} more; otherwise a new serving
     * certificate from the stored CA if that CA is valid for the lookahead, otherwise everything new.
     * Anything new is written back to {@code certDir}.
     */
    public static WebhookTls loadOrGenerate(Path certDir, List<String> hosts, Instant now) throws WebhookTlsException {
        Path caCert = certDir.resolve(CA_CERT);
        Path caKeyFile = certDir.resolve(CA_KEY);
        if (Files.isRegularFile(caCert) && Files.isRegularFile(caKeyFile)) {
            X509Certificate ca = CertificateFiles.readCertificates(caCert).get(0);
            PrivateKey caKey = CertificateFiles.readPrivateKey(caKeyFile);
            if (validFor(ca, now.plus(LOOKAHEAD))) {
                WebhookTls stored = storedServing(certDir, ca, caKey);
                if (stored != null && validFor(stored.servingCertificate(), now.plus(LOOKAHEAD))
                        && stored.names(hosts)) {
                    return stored;
                }
                try {
                    WebhookTls renewed = serving(new CertificateIssuer(new SecureRandom()), ca, caKey, hosts, now);
                    renewed.write(certDir);
                    return renewed;
                } catch (GeneralSecurityException e) {
                    throw new WebhookTlsException(caKeyFile + ": cannot sign a serving certificate with this CA key ("
                            + e.getMessage() + "); delete " + certDir + " to generate new certificates", e);
                }
            }
        }
        WebhookTls generated = generate(hosts, now);
        generated.write(certDir);
        return generated;
    }

    /**
     * The user's serving certificate (a PEM chain, leaf first) and key, and optionally the CA that signed
     * it ({@code caFile} may be null; then {@link #caBundle()} is empty).
     */
    public static WebhookTls load(Path certFile, Path keyFile, Path caFile) throws WebhookTlsException {
        List<X509Certificate> chain = CertificateFiles.readCertificates(certFile);
        PrivateKey key = CertificateFiles.readPrivateKey(keyFile);
        X509Certificate ca = caFile == null ? null : CertificateFiles.readCertificates(caFile).get(0);
        return new WebhookTls(ca, null, chain, key);
    }

    /**
     * The hosts a serving certificate for a Service names: {@code SERVICE.NAMESPACE.svc} (the CN, as
     * Gatekeeper's cert-controller names it), {@code SERVICE.NAMESPACE.svc.cluster.local},
     * {@code localhost}, {@code 127.0.0.1}, then {@code extra} (e.g. the host of a webhook URL).
     */
    public static List<String> serviceHosts(String service, String namespace, List<String> extra) {
        return WebhookHosts.forService(service, namespace, extra);
    }

    /** Writes {@code ca.crt}, {@code ca.key} (when known), {@code tls.crt} and {@code tls.key} (keys owner-only). */
    public void write(Path certDir) throws WebhookTlsException {
        if (ca != null) {
            CertificateFiles.writeCertificates(certDir.resolve(CA_CERT), List.of(ca));
        }
        if (caKey != null) {
            CertificateFiles.writePrivateKey(certDir.resolve(CA_KEY), caKey);
        }
        CertificateFiles.writeCertificates(certDir.resolve(TLS_CERT), servingChain);
        CertificateFiles.writePrivateKey(certDir.resolve(TLS_KEY), servingKey);
    }

    /** The CA the API server must trust, when known. */
    public Optional<X509Certificate> ca() {
        return Optional.ofNullable(ca);
    }

    /** The serving certificate (the leaf of the chain). */
    public X509Certificate servingCertificate() {
        return servingChain.get(0);
    }

    /** The serving chain, leaf first. */
    public List<X509Certificate> servingChain() {
        return servingChain;
    }

    /** The CA as PEM, when known. */
    public Optional<String> caPem() {
        return ca().map(c -> {
            try {
                return Pem.encode("CERTIFICATE", c.getEncoded());
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("a parsed certificate always encodes", e);
            }
        });
    }

    /** The webhook configuration's {@code caBundle}: base64 of the CA's PEM, when the CA is known. */
    public Optional<String> caBundle() {
        return caPem().map(pem -> Base64.getEncoder().encodeToString(pem.getBytes(StandardCharsets.US_ASCII)));
    }

    /** A server-side TLS context presenting the serving chain. */
    public SSLContext serverContext() throws WebhookTlsException {
        try {
            char[] password = new char[0];
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            List<Certificate> chain = new ArrayList<>(servingChain);
            if (ca != null && !chain.contains(ca)) {
                chain.add(ca);
            }
            store.setKeyEntry("serving", servingKey, password, chain.toArray(Certificate[]::new));
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(store, password);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, null);
            return context;
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new WebhookTlsException("the serving certificate and key cannot be used for TLS (" + e.getMessage()
                    + "); check that the key belongs to the certificate", e);
        }
    }

    /** A client-side TLS context trusting only the CA, for probes and tests. */
    public SSLContext clientContext() throws WebhookTlsException {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setCertificateEntry("ca", ca != null ? ca : servingChain.get(servingChain.size() - 1));
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new WebhookTlsException("cannot build a TLS client trusting the webhook CA: " + e.getMessage(), e);
        }
    }

    /** Whether the serving certificate names every one of {@code hosts}. */
    boolean names(Collection<String> hosts) {
        try {
            Collection<List<?>> alternatives = servingCertificate().getSubjectAlternativeNames();
            if (alternatives == null) {
                return hosts.isEmpty();
            }
            List<String> named = alternatives.stream().map(entry -> String.valueOf(entry.get(1))).toList();
            return named.containsAll(hosts);
        } catch (CertificateParsingException e) {
            return false;
        }
    }

    private static WebhookTls serving(CertificateIssuer issuer, X509Certificate ca, PrivateKey caKey, List<String> hosts,
                                      Instant now) throws GeneralSecurityException {
        KeyPair keys = issuer.newKeyPair();
        X509Certificate cert = issuer.issueServing(keys.getPublic(), hosts, ca, caKey, now.minus(BACKDATE),
                now.plus(SERVING_VALIDITY));
        return new WebhookTls(ca, caKey, List.of(cert), keys.getPrivate());
    }

    private static WebhookTls storedServing(Path certDir, X509Certificate ca, PrivateKey caKey) {
        try {
            List<X509Certificate> chain = CertificateFiles.readCertificates(certDir.resolve(TLS_CERT));
            PrivateKey key = CertificateFiles.readPrivateKey(certDir.resolve(TLS_KEY));
            chain.get(0).verify(ca.getPublicKey());
            return new WebhookTls(ca, caKey, chain, key);
        } catch (WebhookTlsException | GeneralSecurityException e) {
            return null;
        }
    }

    private static boolean validFor(X509Certificate certificate, Instant until) {
        return certificate.getNotAfter().toInstant().isAfter(until);
    }
}
