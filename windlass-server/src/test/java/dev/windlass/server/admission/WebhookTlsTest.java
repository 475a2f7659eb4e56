package dev.windlass.server.admission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Generated and loaded webhook certificates, checked with the JDK's own X.509 parser. */
class WebhookTlsTest {

    private static final List<String> HOSTS = List.of("svc.ns.svc", "svc.ns.svc.cluster.local", "localhost", "127.0.0.1");

    @TempDir
    Path dir;

    @Test
    void generate_makesASelfSignedCa_validTenYears() throws Exception {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        X509Certificate ca = WebhookTls.generate(HOSTS, now).ca().orElseThrow();

        ca.verify(ca.getPublicKey());
        assertThat(ca.getBasicConstraints()).isGreaterThanOrEqualTo(0);
        assertThat(ca.getKeyUsage()[5]).as("keyCertSign").isTrue();
        assertThat(ca.getSubjectX500Principal().getName()).isEqualTo("CN=windlass-ca,O=windlass");
        assertThat(ca.getNotBefore().toInstant()).isEqualTo(now.minus(Duration.ofHours(1)));
        assertThat(ca.getNotAfter().toInstant()).isEqualTo(now.plus(WebhookTls.CA_VALIDITY));
    }

    @Test
    void generate_makesAServingCertificate_signedByTheCa_forEveryHost() throws Exception {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        WebhookTls tls = WebhookTls.generate(HOSTS, now);
        X509Certificate serving = tls.servingCertificate();

        serving.verify(tls.ca().orElseThrow().getPublicKey());
        assertThat(serving.getSubjectX500Principal().getName()).isEqualTo("CN=svc.ns.svc");
        List<Object> names = serving.getSubjectAlternativeNames().stream().map(entry -> (Object) entry.get(1)).toList();
        List<Object> types = serving.getSubjectAlternativeNames().stream().map(entry -> (Object) entry.get(0)).toList();
        assertThat(names).containsExactlyElementsOf(HOSTS);
        assertThat(types).containsExactly(2, 2, 2, 7);
        assertThat(serving.getExtendedKeyUsage()).containsExactly("1.3.6.1.5.5.7.3.1");
        assertThat(serving.getBasicConstraints()).isEqualTo(-1);
        assertThat(serving.getKeyUsage()[0]).as("digitalSignature").isTrue();
        assertThat(serving.getKeyUsage()[5]).as("keyCertSign").isFalse();
        assertThat(serving.getNotAfter().toInstant()).isEqualTo(now.plus(WebhookTls.SERVING_VALIDITY));
    }

    @Test
    void caBundle_isBase64OfTheCaPem() throws Exception {
        WebhookTls tls = TestTls.localhost();
        String pem = new String(Base64.getDecoder().decode(tls.caBundle().orElseThrow()), StandardCharsets.US_ASCII);

        assertThat(pem).startsWith("-----BEGIN CERTIFICATE-----\n").endsWith("-----END CERTIFICATE-----\n");
        assertThat(Pem.decode(pem)).singleElement()
                .satisfies(block -> assertThat(block.der()).isEqualTo(tls.ca().orElseThrow().getEncoded()));
    }

    @Test
    void loadOrGenerate_writesTheFourFiles_keysOwnerOnly_andReusesThemNextTime() throws Exception {
        Instant now = Instant.now();
        WebhookTls first = WebhookTls.loadOrGenerate(dir, HOSTS, now);
        WebhookTls second = WebhookTls.loadOrGenerate(dir, HOSTS, now.plus(Duration.ofDays(1)));

        assertThat(dir.resolve("ca.crt")).exists();
        assertThat(dir.resolve("ca.key")).exists();
        assertThat(dir.resolve("tls.crt")).exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("tls.key")))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("ca.key")))).isEqualTo("rw-------");
        assertThat(second.servingCertificate()).isEqualTo(first.servingCertificate());
        assertThat(second.ca()).isEqualTo(first.ca());
    }

    @Test
    void loadOrGenerate_reissuesTheServingCertificate_fromTheSameCa_whenAHostIsMissing() throws Exception {
        Instant now = Instant.now();
        WebhookTls first = WebhookTls.loadOrGenerate(dir, HOSTS, now);
        List<String> more = List.of("svc.ns.svc", "webhook.example.com");
        WebhookTls second = WebhookTls.loadOrGenerate(dir, more, now);

        assertThat(second.ca()).isEqualTo(first.ca());
        assertThat(second.servingCertificate()).isNotEqualTo(first.servingCertificate());
        assertThat(second.names(more)).isTrue();
        assertThat(CertificateFiles.readCertificates(dir.resolve("tls.crt"))).containsExactly(second.servingCertificate());
    }

    @Test
    void loadOrGenerate_renewsAServingCertificateWithinTheLookahead_keepingTheCa() throws Exception {
        Instant now = Instant.now();
        WebhookTls first = WebhookTls.loadOrGenerate(dir, HOSTS, now);
        Instant nearExpiry = now.plus(WebhookTls.SERVING_VALIDITY).minus(WebhookTls.LOOKAHEAD).plus(Duration.ofDays(1));
        WebhookTls renewed = WebhookTls.loadOrGenerate(dir, HOSTS, nearExpiry);

        assertThat(renewed.ca()).isEqualTo(first.ca());
        assertThat(renewed.servingCertificate().getNotAfter()).isAfter(first.servingCertificate().getNotAfter());
    }

    @Test
    void loadOrGenerate_replacesEverything_whenTheCaIsAboutToExpire() throws Exception {
        Instant now = Instant.now();
        WebhookTls first = WebhookTls.loadOrGenerate(dir, HOSTS, now);
        WebhookTls replaced = WebhookTls.loadOrGenerate(dir, HOSTS, now.plus(WebhookTls.CA_VALIDITY).minus(Duration.ofDays(10)));

        assertThat(replaced.ca()).isNotEqualTo(first.ca());
    }

    @Test
    void load_readsTheUsersPkcs1KeyAndChain() throws Exception {
        WebhookTls generated = TestTls.localhost();
        generated.write(dir);
        KeyPair pair = rsaKeyPair();
        byte[] pkcs8 = pair.getPrivate().getEncoded();
        byte[] pkcs1 = Arrays.copyOfRange(pkcs8, 26, pkcs8.length);
        Files.writeString(dir.resolve("rsa.key"), Pem.encode("RSA PRIVATE KEY", pkcs1));

        assertThat(CertificateFiles.wrapPkcs1(pkcs1)).isEqualTo(pkcs8);
        assertThat(CertificateFiles.readPrivateKey(dir.resolve("rsa.key"))).isEqualTo(pair.getPrivate());
        WebhookTls loaded = WebhookTls.load(dir.resolve("tls.crt"), dir.resolve("tls.key"), dir.resolve("ca.crt"));
        assertThat(loaded.servingCertificate()).isEqualTo(generated.servingCertificate());
        assertThat(loaded.caBundle()).isEqualTo(generated.caBundle());
    }

    @Test
    void load_withoutACaFile_hasNoCaBundle() throws Exception {
        TestTls.localhost().write(dir);

        assertThat(WebhookTls.load(dir.resolve("tls.crt"), dir.resolve("tls.key"), null).caBundle()).isEmpty();
    }

    @Test
    void load_namesAMissingFile_andAFileWithoutCertificates() throws Exception {
        Files.writeString(dir.resolve("empty.crt"), "not pem\n");

        assertThatThrownBy(() -> WebhookTls.load(dir.resolve("nope.crt"), dir.resolve("nope.key"), null))
                .isInstanceOf(WebhookTlsException.class).hasMessageContaining("nope.crt does not exist");
        assertThatThrownBy(() -> CertificateFiles.readCertificates(dir.resolve("empty.crt")))
                .hasMessageContaining("empty.crt holds no -----BEGIN CERTIFICATE----- block");
        assertThatThrownBy(() -> CertificateFiles.readPrivateKey(dir.resolve("empty.crt")))
                .hasMessageContaining("openssl pkcs8 -topk8 -nocrypt");
    }

    @Test
    void der_encodesTimesAndObjectIdentifiers_asRfc5280Says() {
        assertThat(Der.oid("1.2.840.113549.1.1.11")).containsExactly(0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01,
                0x01, 0x0b);
        assertThat(new String(Der.time(Instant.parse("2049-12-31T23:59:59Z")), StandardCharsets.US_ASCII))
                .endsWith("491231235959Z").startsWith("\u0017");
        assertThat(new String(Der.time(Instant.parse("2050-01-01T00:00:00Z")), StandardCharsets.US_ASCII))
                .endsWith("20500101000000Z").startsWith("\u0018");
        assertThat(Der.tlv(0x04, new byte[200])).startsWith(0x04, 0x81, 200);
    }

    private static KeyPair rsaKeyPair() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }
}
