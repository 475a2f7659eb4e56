package dev.windlass.rego.builtins;

import static dev.windlass.rego.builtins.ExtBuiltinTesting.call;
import static dev.windlass.rego.builtins.ExtBuiltinTesting.callJson;
import static dev.windlass.rego.builtins.ExtBuiltinTesting.errorJson;
import static dev.windlass.rego.builtins.ExtBuiltinTesting.str;
import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.rego.value.ArrayValue;
import dev.windlass.rego.value.ObjectValue;
import dev.windlass.rego.value.Values;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CryptoBuiltinsTest {
    @ParameterizedTest(name = "{0}({1}) = {2}")
    @CsvSource(delimiter = '|', value = {
        "crypto.md5|hello|5d41402abc4b2a76b9719d911017c592",
        "crypto.md5|''|d41d8cd98f00b204e9800998ecf8427e",
        "crypto.sha1|hello|aaf4c61ddcc5e8a2dabede0f3b482cd9aea9434d",
        "crypto.sha256|hello|2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824",
    })
    void digests_areLowerCaseHex(String name, String input, String expected) throws Exception {
        assertThat(call(name, str(input))).isEqualTo(str(expected));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "crypto.hmac.md5|750c783e6ab0b503eaa86e310a5db738",
        "crypto.hmac.sha1|effcdf6ae5eb2fa2d27416d5f184df9c259a7c79",
        "crypto.hmac.sha256|5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
        "crypto.hmac.sha512|164b7a7bfcf819e2e395fbe73b56e0a387bd64222e831fd610270cd7ea2505549758bf75c05a994a6d034f65f8f0e6fdcaeab1a34d4a6b4b636e070a38bce737",
    })
    void hmacs_matchRfcVectors(String name, String expected) throws Exception {
        assertThat(call(name, str("what do ya want for nothing?"), str("Jefe"))).isEqualTo(str(expected));
    }

    @Test
    void hmac_acceptsAnEmptyKey() throws Exception {
        assertThat(call("crypto.hmac.sha256", str(""), str("")))
                .isEqualTo(str("b613679a0814d9ec772f95d778c35fc5ff1697c493715653c6c712144292c5ad"));
    }

    @Test
    void hmacEqual_comparesInConstantTime() throws Exception {
        assertThat(callJson("crypto.hmac.equal", "\"abc\"", "\"abc\"")).isEqualTo("true");
        assertThat(callJson("crypto.hmac.equal", "\"abc\"", "\"abd\"")).isEqualTo("false");
        assertThat(errorJson("crypto.hmac.equal", "\"abc\"", "1")).hasMessage("crypto.hmac.equal: operand 2 must be string but got number");
    }

    @Test
    void parseCertificates_readsPemFields() throws Exception {
        ArrayValue certs = (ArrayValue) call("crypto.x509.parse_certificates", str(resource("test-cert.pem")));
        assertThat(certs.size()).isEqualTo(1);
        ObjectValue cert = (ObjectValue) certs.get(0);
        assertThat(Values.toJson(cert.get("Subject")))
                .contains("\"CommonName\":\"windlass.test\"").contains("\"Country\":[\"US\"]")
                .contains("\"Organization\":[\"Windlass Test\"]").contains("\"Locality\":[\"Springfield\"]")
                .contains("{\"Type\":[2,5,4,3],\"Value\":\"windlass.test\"}");
        assertThat(Values.toJson(cert.get("DNSNames"))).isEqualTo("[\"windlass.test\",\"*.windlass.test\"]");
        assertThat(Values.toJson(cert.get("IPAddresses"))).isEqualTo("[\"10.0.0.1\"]");
        assertThat(Values.toJson(cert.get("EmailAddresses"))).isEqualTo("[\"ops@windlass.test\"]");
        assertThat(Values.toJson(cert.get("URIStrings"))).isEqualTo("[\"spiffe://windlass/test\"]");
        assertThat(Values.toJson(cert.get("ExtKeyUsage"))).isEqualTo("[1,2]");
        assertThat(Values.toJson(cert.get("KeyUsage"))).isEqualTo("5");
        assertThat(Values.toJson(cert.get("SerialNumber"))).isEqualTo("41226709146510877114463882268408950941319559998");
        assertThat(Values.toJson(cert.get("NotBefore"))).isEqualTo("\"2026-11-28T01:47:48Z\"");
        assertThat(Values.toJson(cert.get("SignatureAlgorithm"))).isEqualTo("4");
        assertThat(Values.toJson(cert.get("PublicKeyAlgorithm"))).isEqualTo("1");
        assertThat(Values.toJson(cert.get("Version"))).isEqualTo("3");
    }

    @Test
    void parseCertificates_acceptsBase64OfPem() throws Exception {
        String b64 = Base64.getEncoder().encodeToString(resource("test-cert.pem").getBytes(StandardCharsets.UTF_8));
        assertThat(((ArrayValue) call("crypto.x509.parse_certificates", str(b64))).size()).isEqualTo(1);
    }

    @Test
    void parseCertificates_rejectsOtherPemBlocks() {
        assertThat(ExtBuiltinTesting.error("crypto.x509.parse_certificates", str(resource("test-key-pkcs1.pem"))))
                .hasMessage("crypto.x509.parse_certificates: PEM block type is 'RSA PRIVATE KEY', expected CERTIFICATE");
    }

    @Test
    void parseRsaPrivateKey_returnsAJwkMatchingTheCertificate() throws Exception {
        ObjectValue jwk = (ObjectValue) call("crypto.x509.parse_rsa_private_key", str(resource("test-key-pkcs1.pem")));
        assertThat(jwk.get("kty")).isEqualTo(str("RSA"));
        assertThat(jwk.get("e")).isEqualTo(str("AQAB"));
        byte[] n = Base64.getUrlDecoder().decode(((dev.windlass.rego.value.StringValue) jwk.get("n")).value());
        assertThat(ExtCalls.hex(n)).startsWith("b3230c29759428730f8316026c3bfe39");
        assertThat(jwk.entries().keySet()).extracting(Object::toString)
                .contains("\"d\"", "\"p\"", "\"q\"", "\"dp\"", "\"dq\"", "\"qi\"");
        assertThat(errorJson("crypto.x509.parse_rsa_private_key", "\"\"")).hasMessage("crypto.x509.parse_rsa_private_key: input PEM data was empty");
    }

    static String resource(String name) {
        try (InputStream in = CryptoBuiltinsTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static ObjectValue object(Map<String, String> fields) {
        java.util.TreeMap<String, dev.windlass.rego.value.Value> out = new java.util.TreeMap<>();
        fields.forEach((k, v) -> out.put(k, str(v)));
        return ObjectValue.ofStrings(out);
    }
}
