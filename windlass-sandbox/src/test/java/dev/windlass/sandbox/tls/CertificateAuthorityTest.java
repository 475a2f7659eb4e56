package dev.windlass.sandbox.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CertificateAuthorityTest {

    private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void generate_makesSelfSignedP256AuthorityForTenYears() throws Exception {
        X509Certificate ca = CertificateAuthority.generate(List.of(), CLOCK).certificate();

        assertThat(ca.getSubjectX500Principal().getName()).isEqualTo("CN=windlass-sandbox-ca");
        assertThat(ca.getIssuerX500Principal()).isEqualTo(ca.getSubjectX500Principal());
        ca.verify(ca.getPublicKey());
        assertThat(ca.getBasicConstraints()).isGreaterThanOrEqualTo(0);
        assertThat(((ECPublicKey) ca.getPublicKey()).getParams().getCurve().getField().getFieldSize()).isEqualTo(256);
        assertThat(ca.getNotAfter().toInstant()).isEqualTo(NOW.plus(Duration.ofDays(3650)));
        assertThat(ca.getNotBefore().toInstant()).isBefore(NOW);
    }

    @Test
    void generate_issuesServerCertificateThatChainsToTheAuthority() throws Exception {
        CertificateAuthority tls = CertificateAuthority.generate(List.of(), CLOCK);
        X509Certificate server = tls.serverCertificate();

        server.verify(tls.certificate().getPublicKey());
        PKIXParameters parameters = new PKIXParameters(Set.of(new TrustAnchor(tls.certificate(), null)));
        parameters.setRevocationEnabled(false);
        parameters.setDate(java.util.Date.from(NOW));
        CertPathValidator.getInstance("PKIX").validate(
                CertificateFactory.getInstance("X.509").generateCertPath(List.of(server)), parameters);
        assertThat(server.getBasicConstraints()).isEqualTo(-1);
        assertThat(server.getExtendedKeyUsage()).containsExactly("1.3.6.1.5.5.7.3.1");
        assertThat(server.getNotAfter().toInstant()).isEqualTo(NOW.plus(Duration.ofDays(365)));
    }

    @Test
    void generate_namesLoopbackAndCallerHostsInServerCertificate() throws Exception {
        CertificateAuthority tls = CertificateAuthority.generate(
                List.of("Sandbox.Example", "10.1.2.3", "fd00::1", "localhost"), CLOCK);

        assertThat(tls.serverNames()).containsExactly("localhost", "127.0.0.1", "::1", "sandbox.example", "10.1.2.3",
                "fd00::1");
        assertThat(tls.serverCertificate().getSubjectAlternativeNames()).containsExactlyInAnyOrder(
                List.of(2, "localhost"), List.of(7, "127.0.0.1"), List.of(7, "0:0:0:0:0:0:0:1"),
                List.of(2, "sandbox.example"), List.of(7, "10.1.2.3"), List.of(7, "fd00:0:0:0:0:0:0:1"));
    }

    @Test
    void generate_refusesNameThatIsNeitherHostNorAddress() {
        assertThatThrownBy(() -> CertificateAuthority.generate(List.of("bad name!")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"bad name!\"");
        assertThatThrownBy(() -> CertificateAuthority.generate(List.of("zz::not:ipv6")))
                .hasMessageContaining("not a valid IPv6 address");
    }

    @Test
    void save_writesKeysOwnerOnly() throws Exception {
        CertificateAuthority.generate(List.of()).save(dir.resolve("tls"));

        assertThat(perms("tls/ca.key")).isEqualTo("rw-------");
        assertThat(perms("tls/apiserver.key")).isEqualTo("rw-------");
        assertThat(perms("tls")).isEqualTo("rwx------");
        assertThat(Files.readString(dir.resolve("tls/ca.crt"))).startsWith("-----BEGIN CERTIFICATE-----\n");
        assertThat(Files.readString(dir.resolve("tls/ca.key"))).startsWith("-----BEGIN PRIVATE KEY-----\n");
        try (var files = Files.list(dir.resolve("tls"))) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("ca.crt", "ca.key", "apiserver.crt", "apiserver.key");
        }
    }

    @Test
    void load_returnsTheSavedAuthorityAndServerCertificate() {
        CertificateAuthority saved = CertificateAuthority.generate(List.of("sandbox.example"), CLOCK);
        saved.save(dir);

        CertificateAuthority loaded = CertificateAuthority.load(dir, List.of("sandbox.example"), CLOCK);

        assertThat(loaded.certificate()).isEqualTo(saved.certificate());
        assertThat(loaded.certificatePem()).isEqualTo(saved.certificatePem());
        assertThat(loaded.serverCertificate()).isEqualTo(saved.serverCertificate());
    }

    @Test
    void load_issuesNewServerCertificateWhenNamesChange() throws Exception {
        CertificateAuthority saved = CertificateAuthority.generate(List.of(), CLOCK);
        saved.save(dir);

        CertificateAuthority loaded = CertificateAuthority.load(dir, List.of("other.example"), CLOCK);

        assertThat(loaded.certificate()).isEqualTo(saved.certificate());
        assertThat(loaded.serverCertificate()).isNotEqualTo(saved.serverCertificate());
        assertThat(CertificateAuthority.alternativeNames(loaded.serverCertificate())).contains("other.example");
        loaded.serverCertificate().verify(saved.certificate().getPublicKey());
    }

    @Test
    void load_issuesNewServerCertificateWithin30DaysOfExpiry() {
        CertificateAuthority saved = CertificateAuthority.generate(List.of(), CLOCK);
        saved.save(dir);
        Clock later = Clock.fixed(NOW.plus(Duration.ofDays(340)), ZoneOffset.UTC);

        CertificateAuthority loaded = CertificateAuthority.load(dir, List.of(), later);

        assertThat(loaded.serverCertificate()).isNotEqualTo(saved.serverCertificate());
        assertThat(loaded.serverCertificate().getNotAfter().toInstant()).isAfter(NOW.plus(Duration.ofDays(700)));
    }

    @Test
    void loadOrGenerate_keepsOneAuthorityAcrossRestarts() {
        CertificateAuthority first = CertificateAuthority.loadOrGenerate(dir.resolve("tls"), List.of());
        CertificateAuthority second = CertificateAuthority.loadOrGenerate(dir.resolve("tls"), List.of());

        assertThat(second.certificate()).isEqualTo(first.certificate());
    }

    @Test
    void load_failsNamingTheMissingKeyFile() throws Exception {
        CertificateAuthority.generate(List.of()).save(dir);
        Files.delete(dir.resolve("ca.key"));

        assertThatThrownBy(() -> CertificateAuthority.load(dir))
                .isInstanceOf(TlsException.class)
                .hasMessageContaining(dir.resolve("ca.key") + " is missing")
                .hasMessageContaining("delete " + dir);
    }

    @Test
    void load_failsWhenTheKeyIsNotTheAuthoritysKey() throws Exception {
        CertificateAuthority.generate(List.of()).save(dir);
        Path other = dir.resolve("other");
        CertificateAuthority.generate(List.of()).save(other);
        Files.copy(other.resolve("ca.key"), dir.resolve("ca.key"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        assertThatThrownBy(() -> CertificateAuthority.load(dir))
                .isInstanceOf(TlsException.class)
                .hasMessageContaining("ca.key is not the key of " + dir.resolve("ca.crt"));
    }

    @Test
    void load_failsOnFileThatIsNotPem() throws Exception {
        CertificateAuthority.generate(List.of()).save(dir);
        Files.writeString(dir.resolve("ca.crt"), "hello");

        assertThatThrownBy(() -> CertificateAuthority.load(dir))
                .isInstanceOf(TlsException.class)
                .hasMessageContaining(dir.resolve("ca.crt") + ": expected a PEM CERTIFICATE block");
    }

    @Test
    void load_failsWithoutAuthority() {
        assertThatThrownBy(() -> CertificateAuthority.load(dir))
                .isInstanceOf(TlsException.class)
                .hasMessageContaining("no certificate authority in " + dir);
    }

    @Test
    void load_acceptsSec1EcKeyAsOpensslWritesIt() throws Exception {
        CertificateAuthority saved = CertificateAuthority.generate(List.of());
        saved.save(dir);
        var key = (java.security.interfaces.ECPrivateKey) Pem.readPrivateKey("ca.key",
                Files.readString(dir.resolve("ca.key")));
        byte[] sec1 = new org.bouncycastle.asn1.sec.ECPrivateKey(256, key.getS(),
                new org.bouncycastle.asn1.x9.X962Parameters(org.bouncycastle.asn1.sec.SECObjectIdentifiers.secp256r1))
                .getEncoded();
        Files.writeString(dir.resolve("ca.key"), "-----BEGIN EC PRIVATE KEY-----\n"
                + java.util.Base64.getMimeEncoder().encodeToString(sec1) + "\n-----END EC PRIVATE KEY-----\n");

        assertThat(CertificateAuthority.load(dir).certificate()).isEqualTo(saved.certificate());
    }

    private String perms(String file) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(file)));
    }
}
