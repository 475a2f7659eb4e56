package dev.windlass.gotemplate.sprig;

import static dev.windlass.gotemplate.sprig.SprigCalls.call;
import static dev.windlass.gotemplate.sprig.SprigCalls.fail;
import static dev.windlass.gotemplate.sprig.SprigCalls.list;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SprigCryptoTest {

    static Stream<Arguments> masterPasswords() {
        return Stream.of(Arguments.of(1, "long", "ZedaFaxcZaso9*"), Arguments.of(2, "long", "Fovi2@JifpTupx"),
                Arguments.of(1, "maximum", "pf4zS1LjCg&LjhsZ7T2~"), Arguments.of(1, "medium", "ZedJuz8$"),
                Arguments.of(1, "basic", "pIS54PLs"), Arguments.of(1, "short", "Zed5"), Arguments.of(1, "pin", "6685"));
    }

    @ParameterizedTest(name = "{1} #{0}")
    @MethodSource("masterPasswords")
    void derivePassword_matchesSprigsVectors(int counter, String type, String expected) throws Exception {
        assertThat(call("derivePassword", counter, type, "password", "user", "example.com")).isEqualTo(expected);
    }

    @Test
    void derivePassword_unknownTemplateIsReportedInline() throws Exception {
        assertThat(call("derivePassword", 1, "nope", "p", "u", "s")).isEqualTo("cannot find password template nope");
    }

    @Test
    void bcrypt_matchesKnownVectorAndFormat() throws Exception {
        byte[] salt = decodeBcrypt64("DCq7YPn5Rq63x1Lad4cll.");
        assertThat(SprigBcrypt.hash(new byte[0], salt, 6))
                .isEqualTo("$2a$06$DCq7YPn5Rq63x1Lad4cll.TV4S6ytwfsfvkgY8jIucDrjc8deX1s.");
        byte[] salt2 = decodeBcrypt64("If6bvum7DFjUnE9p2uDeDu");
        assertThat(SprigBcrypt.hash("abc".getBytes(StandardCharsets.UTF_8), salt2, 6))
                .isEqualTo("$2a$06$If6bvum7DFjUnE9p2uDeDu0YHzrHM6tf.iqN8.yx.jNN1ILEf7h0i");
        assertThat((String) call("bcrypt", "secret")).matches("\\$2a\\$10\\$[./A-Za-z0-9]{53}");
        assertThat((String) call("htpasswd", "bob", "pw")).startsWith("bob:$2a$10$");
        assertThat(call("htpasswd", "a:b", "pw")).isEqualTo("invalid username: a:b");
    }

    private static byte[] decodeBcrypt64(String s) {
        String alphabet = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        String std = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            b.append(std.charAt(alphabet.indexOf(c)));
        }
        while (b.length() % 4 != 0) {
            b.append('=');
        }
        byte[] out = Base64.getDecoder().decode(b.toString());
        return java.util.Arrays.copyOf(out, 16);
    }

    @Test
    void aes_roundTripsAndEmptyStaysEmpty() throws Exception {
        String secret = (String) call("encryptAES", "key", "hello world");
        assertThat(Base64.getDecoder().decode(secret)).hasSize(32);
        assertThat(call("decryptAES", "key", secret)).isEqualTo("hello world");
        assertThat(call("encryptAES", "key", "")).isEqualTo("");
        assertThat(fail("decryptAES", "key", "!!")).isEqualTo("illegal base64 data at input byte 0");
    }

    @Test
    void randomValues_haveGosShapes() throws Exception {
        assertThat(Base64.getDecoder().decode((String) call("randBytes", 12))).hasSize(12);
        assertThat((String) call("uuidv4")).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        assertThat(call("genPrivateKey", "bad")).isEqualTo("Unknown type bad");
    }

    @Test
    void genPrivateKey_writesEachKeyKindInGosPemBlock() throws Exception {
        assertThat((String) call("genPrivateKey", "ecdsa")).startsWith("-----BEGIN EC PRIVATE KEY-----\n");
        assertThat((String) call("genPrivateKey", "ed25519")).startsWith("-----BEGIN PRIVATE KEY-----\n");
        String ec = (String) call("genPrivateKey", "ecdsa");
        assertThat(SprigKeys.parse(ec).getPublic().getAlgorithm()).isEqualTo("EC");
        String ed = (String) call("genPrivateKey", "ed25519");
        assertThat(SprigKeys.parse(ed).getPublic().getAlgorithm()).isIn("EdDSA", "Ed25519");
    }

    @Test
    void genCA_and_genSignedCert_formAVerifiableChain() throws Exception {
        SprigCertificate ca = (SprigCertificate) call("genCA", "my-ca", 365);
        X509Certificate caCert = parse(ca.cert());
        assertThat(caCert.getSubjectX500Principal().getName()).isEqualTo("CN=my-ca");
        assertThat(caCert.getBasicConstraints()).isGreaterThanOrEqualTo(0);
        assertThat(caCert.getKeyUsage()[5]).isTrue();
        caCert.verify(caCert.getPublicKey());
        assertThat(ca.key()).startsWith("-----BEGIN RSA PRIVATE KEY-----\n");

        SprigCertificate leaf = (SprigCertificate) call("genSignedCert", "svc.example.com", list("10.0.0.1"),
                list("svc", "svc.ns"), 30, ca);
        X509Certificate cert = parse(leaf.cert());
        cert.verify(caCert.getPublicKey());
        assertThat(cert.getIssuerX500Principal()).isEqualTo(caCert.getSubjectX500Principal());
        assertThat(cert.getBasicConstraints()).isEqualTo(-1);
        assertThat(cert.getSubjectAlternativeNames().stream().map(n -> (Object) n.get(1)).toList())
                .containsExactly("svc", "svc.ns", "10.0.0.1");
        assertThat(cert.getExtendedKeyUsage()).containsExactly("1.3.6.1.5.5.7.3.1", "1.3.6.1.5.5.7.3.2");
        assertThat(cert.getNotAfter().getTime() - cert.getNotBefore().getTime()).isEqualTo(30L * 24 * 3600 * 1000);
        assertThat(cert.getExtensionValue("2.5.29.35")).isNotNull();
    }

    @Test
    void genSelfSignedCertWithKey_usesTheGivenEcKey() throws Exception {
        String key = (String) call("genPrivateKey", "ecdsa");
        SprigCertificate cert = (SprigCertificate) call("genSelfSignedCertWithKey", "x", null, null, 1, key);
        X509Certificate parsed = parse(cert.cert());
        parsed.verify(parsed.getPublicKey());
        assertThat(cert.key()).isEqualTo(key);
        assertThat(cert.member("Cert")).isNotNull();
    }

    @Test
    void certificates_failWithSprigsTexts() throws Exception {
        assertThat(fail("genSelfSignedCert", "x", list("nope"), null, 1)).isEqualTo("error parsing ip: nope");
        assertThat(fail("genSelfSignedCert", "x", list(3), null, 1)).isEqualTo("error parsing ip: 3 is not a string");
        assertThat(fail("genCAWithKey", "x", 1, "junk")).isEqualTo("parsing private key: no PEM data in input");
        assertThat(fail("buildCustomCert", "!!", "")).isEqualTo("unable to decode base64 certificate");
        SprigCertificate ca = (SprigCertificate) call("genCA", "c", 1);
        Base64.Encoder b64 = Base64.getEncoder();
        SprigCertificate rebuilt = (SprigCertificate) call("buildCustomCert",
                b64.encodeToString(ca.cert().getBytes(StandardCharsets.UTF_8)),
                b64.encodeToString(ca.key().getBytes(StandardCharsets.UTF_8)));
        assertThat(rebuilt).isEqualTo(ca);
    }

    private static X509Certificate parse(String pem) throws Exception {
        return (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
    }
}
