package dev.windlass.rego.builtins;

import static dev.windlass.rego.builtins.ExtBuiltinTesting.call;
import static dev.windlass.rego.builtins.ExtBuiltinTesting.callJson;
import static dev.windlass.rego.builtins.ExtBuiltinTesting.error;
import static dev.windlass.rego.builtins.ExtBuiltinTesting.json;
import static dev.windlass.rego.builtins.ExtBuiltinTesting.str;
import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.rego.value.BoolValue;
import dev.windlass.rego.value.ObjectValue;
import dev.windlass.rego.value.StringValue;
import dev.windlass.rego.value.Value;
import dev.windlass.rego.value.Values;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class JwtBuiltinsTest {
    /** The jwt.io example token, signed with HS256 and the secret {@code your-256-bit-secret}. */
    private static final String JWT_IO = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6"
            + "IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c";
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    @Test
    void decode_returnsHeaderPayloadAndHexSignature() throws Exception {
        assertThat(Values.toJson(call("io.jwt.decode", str(JWT_IO)))).isEqualTo("[{\"alg\":\"HS256\",\"typ\":\"JWT\"},"
                + "{\"iat\":1516239022,\"name\":\"John Doe\",\"sub\":\"1234567890\"},"
                + "\"49f94ac7044948c78a285d904f87f0a4c7897f7e8f3a4eb2255fda750b2cc397\"]");
    }

    @Test
    void decode_followsNestedJwtContent() throws Exception {
        String inner = token("{\"alg\":\"none\"}", "{\"x\":1}", "");
        String outer = token("{\"alg\":\"none\",\"cty\":\"JWT\"}", "\"" + inner + "\"", "");
        assertThat(Values.toJson(call("io.jwt.decode", str(outer)))).isEqualTo("[{\"alg\":\"none\"},{\"x\":1},\"\"]");
    }

    @ParameterizedTest(name = "decode({0}) fails: {1}")
    @CsvSource(delimiter = '|', value = {
        "abc|io.jwt.decode: encoded JWT had no period separators",
        "a.b|io.jwt.decode: encoded JWT must have 3 sections, found 2",
        "a.b.c.d|io.jwt.decode: encoded JWT must have 3 sections, found 4",
        "eyJhbGciOiJIUzI1NiIsImVuYyI6IkExMjgifQ.e30.|io.jwt.decode: JWT is a JWE object, which is not supported",
        "W10.e30.|io.jwt.decode: bad JWT header: decoded JSON type was not an Object",
        "e30.W10.|io.jwt.decode: decoded JSON type was not an Object",
        "e30.e30.a|io.jwt.decode: JWT signature had invalid encoding: illegal base64url string: a",
        "e!0.e30.|io.jwt.decode: JWT header had invalid encoding: illegal base64 data at input byte 1",
    })
    void decode_failsWithOpaMessages(String token, String message) {
        assertThat(error("io.jwt.decode", str(token))).hasMessage(message);
    }

    @Test
    void verifyHs_checksTheSecret() throws Exception {
        assertThat(call("io.jwt.verify_hs256", str(JWT_IO), str("your-256-bit-secret"))).isEqualTo(BoolValue.TRUE);
        assertThat(call("io.jwt.verify_hs256", str(JWT_IO), str("wrong"))).isEqualTo(BoolValue.FALSE);
        assertThat(call("io.jwt.verify_hs512", str(JWT_IO), str("your-256-bit-secret"))).isEqualTo(BoolValue.FALSE);
    }

    @ParameterizedTest(name = "{0} round trip")
    @ValueSource(strings = {"HS256", "HS384", "HS512"})
    void encodeSign_hmacTokensVerify(String alg) throws Exception {
        ObjectValue key = (ObjectValue) json("{\"kty\":\"oct\",\"k\":\"" + B64.encodeToString("s3cret".getBytes(StandardCharsets.UTF_8)) + "\"}");
        String token = sign(alg, "{\"iss\":\"me\"}", key);
        assertThat(call("io.jwt.verify_" + alg.toLowerCase(), str(token), str("s3cret"))).isEqualTo(BoolValue.TRUE);
        assertThat(decodeVerify(token, "{\"secret\":\"s3cret\",\"iss\":\"me\"}")).startsWith("[true,");
    }

    @Test
    void encodeSign_isDeterministicForHmacAndSortsHeaderKeys() throws Exception {
        ObjectValue key = (ObjectValue) json("{\"kty\":\"oct\",\"k\":\"" + B64.encodeToString("your-256-bit-secret".getBytes(StandardCharsets.UTF_8)) + "\"}");
        Value token = call("io.jwt.encode_sign", json("{\"typ\":\"JWT\",\"alg\":\"HS256\"}"),
                json("{\"sub\":\"1234567890\",\"name\":\"John Doe\",\"iat\":1516239022}"), key);
        assertThat(((StringValue) token).value()).startsWith("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.");
        assertThat(call("io.jwt.verify_hs256", token, str("your-256-bit-secret"))).isEqualTo(BoolValue.TRUE);
    }

    @ParameterizedTest(name = "{0} with an RSA key")
    @ValueSource(strings = {"RS256", "RS384", "RS512", "PS256", "PS384", "PS512"})
    void rsaTokens_verifyWithPemPublicKeysAndJwks(String alg) throws Exception {
        KeyPair pair = KeyPairGenerator.getInstance("RSA").generateKeyPair();
        String token = sign(alg, "{\"a\":1}", rsaJwk((RSAPrivateCrtKey) pair.getPrivate()));
        String pem = pem("PUBLIC KEY", pair.getPublic().getEncoded());
        String fn = "io.jwt.verify_" + alg.toLowerCase();
        assertThat(call(fn, str(token), str(pem))).isEqualTo(BoolValue.TRUE);
        RSAPrivateCrtKey k = (RSAPrivateCrtKey) pair.getPrivate();
        String jwks = "{\"keys\":[{\"kty\":\"RSA\",\"alg\":\"" + alg + "\",\"n\":\"" + b64(k.getModulus()) + "\",\"e\":\"AQAB\"}]}";
        assertThat(call(fn, str(token), str(jwks))).isEqualTo(BoolValue.TRUE);
        KeyPair other = KeyPairGenerator.getInstance("RSA").generateKeyPair();
        assertThat(call(fn, str(token), str(pem("PUBLIC KEY", other.getPublic().getEncoded())))).isEqualTo(BoolValue.FALSE);
        assertThat(decodeVerify(token, "{\"cert\":" + NetBuiltinsTest.q(pem) + "}")).startsWith("[true,");
    }

    @Test
    void rs256_verifiesWithACertificate() throws Exception {
        Value jwk = call("crypto.x509.parse_rsa_private_key", str(CryptoBuiltinsTest.resource("test-key-pkcs1.pem")));
        String token = sign("RS256", "{\"sub\":\"x\"}", (ObjectValue) jwk);
        String cert = CryptoBuiltinsTest.resource("test-cert.pem");
        assertThat(call("io.jwt.verify_rs256", str(token), str(cert))).isEqualTo(BoolValue.TRUE);
        assertThat(call("io.jwt.verify_es256", str(token), str(cert))).isEqualTo(BoolValue.FALSE);
    }

    @ParameterizedTest(name = "{0} with an EC key on {1}")
    @CsvSource({"ES256,secp256r1,P-256", "ES384,secp384r1,P-384", "ES512,secp521r1,P-521"})
    void ecTokens_verifyWithPemPublicKeys(String alg, String curve, String crv) throws Exception {
        KeyPairGenerator gen = KeyPairGenerator.getInstance("EC");
        gen.initialize(new ECGenParameterSpec(curve));
        KeyPair pair = gen.generateKeyPair();
        ECPublicKey pub = (ECPublicKey) pair.getPublic();
        int size = (pub.getParams().getCurve().getField().getFieldSize() + 7) / 8;
        Map<String, String> jwk = new TreeMap<>(Map.of("kty", "EC", "crv", crv,
                "x", B64.encodeToString(CidrAddresses.fromInteger(pub.getW().getAffineX(), size)),
                "y", B64.encodeToString(CidrAddresses.fromInteger(pub.getW().getAffineY(), size)),
                "d", B64.encodeToString(CidrAddresses.fromInteger(((ECPrivateKey) pair.getPrivate()).getS(), size))));
        String token = sign(alg, "{\"a\":1}", CryptoBuiltinsTest.object(jwk));
        String fn = "io.jwt.verify_" + alg.toLowerCase();
        assertThat(call(fn, str(token), str(pem("PUBLIC KEY", pub.getEncoded())))).isEqualTo(BoolValue.TRUE);
        jwk.remove("d");
        assertThat(call(fn, str(token), str(Values.toJson(CryptoBuiltinsTest.object(jwk))))).isEqualTo(BoolValue.TRUE);
        assertThat(call(fn, str(token.substring(0, token.length() - 4) + "AAAA"), str(pem("PUBLIC KEY", pub.getEncoded()))))
                .isEqualTo(BoolValue.FALSE);
    }

    @Test
    void eddsaTokens_verifyWithPemPublicKeys() throws Exception {
        KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        String input = B64.encodeToString("{\"alg\":\"EdDSA\"}".getBytes(StandardCharsets.UTF_8)) + "." + B64.encodeToString("{}".getBytes(StandardCharsets.UTF_8));
        Signature s = Signature.getInstance("Ed25519");
        s.initSign(pair.getPrivate());
        s.update(input.getBytes(StandardCharsets.UTF_8));
        String token = input + "." + B64.encodeToString(s.sign());
        assertThat(call("io.jwt.verify_eddsa", str(token), str(pem("PUBLIC KEY", pair.getPublic().getEncoded())))).isEqualTo(BoolValue.TRUE);
        assertThat(call("io.jwt.verify_eddsa", str(input + ".AAAA"), str(pem("PUBLIC KEY", pair.getPublic().getEncoded())))).isEqualTo(BoolValue.FALSE);
    }

    @ParameterizedTest(name = "decode_verify with {1}")
    @CsvSource(delimiter = '|', value = {
        "{\"iss\":\"me\",\"aud\":\"you\",\"exp\":2000000000,\"nbf\":1000000000}|{\"secret\":\"k\",\"iss\":\"me\",\"aud\":\"you\"}|true",
        "{\"iss\":\"me\"}|{\"secret\":\"k\",\"iss\":\"other\"}|false",
        "{\"iss\":\"me\"}|{\"secret\":\"k\",\"aud\":\"you\"}|false",
        "{\"aud\":[\"a\",\"you\"]}|{\"secret\":\"k\",\"aud\":\"you\"}|true",
        "{\"aud\":\"you\"}|{\"secret\":\"k\"}|false",
        "{\"exp\":1000}|{\"secret\":\"k\"}|false",
        "{\"exp\":1000}|{\"secret\":\"k\",\"time\":999000000000}|true",
        "{\"nbf\":4000000000}|{\"secret\":\"k\"}|false",
        "{}|{\"secret\":\"wrong\"}|false",
        "{}|{\"secret\":\"k\",\"alg\":\"HS512\"}|false",
        "{}|{\"secret\":\"k\",\"alg\":\"HS256\"}|true",
    })
    void decodeVerify_checksSignatureAndClaims(String payload, String constraints, boolean valid) throws Exception {
        String token = sign("HS256", payload, (ObjectValue) json("{\"kty\":\"oct\",\"k\":\"aw\"}"));
        String result = decodeVerify(token, constraints);
        if (valid) {
            assertThat(result).isEqualTo("[true,{\"alg\":\"HS256\"}," + Values.toJson(json(payload)) + "]");
        } else {
            assertThat(result).isEqualTo("[false,{},{}]");
        }
    }

    @ParameterizedTest(name = "decode_verify({0}) fails: {1}")
    @CsvSource(delimiter = '|', value = {
        "{}|io.jwt.decode_verify: no key constraint",
        "{\"secret\":\"a\",\"cert\":\"{\\\"kty\\\":\\\"oct\\\",\\\"k\\\":\\\"aw\\\"}\"}|io.jwt.decode_verify: duplicate key constraints",
        "{\"secret\":1}|io.jwt.decode_verify: secret constraint: must be a string",
        "{\"secret\":\"a\",\"colour\":\"red\"}|io.jwt.decode_verify: unknown token validation constraint: colour",
        "{\"secret\":\"a\",\"time\":-1}|io.jwt.decode_verify: token time constraint: must not be negative",
        "{\"cert\":\"nope\"}|io.jwt.decode_verify: failed to parse a JWK key (set): Unrecognized token 'nope': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')",
    })
    void decodeVerify_rejectsBadConstraints(String constraints, String message) {
        assertThat(error("io.jwt.decode_verify", str(JWT_IO), json(constraints))).hasMessage(message);
    }

    @Test
    void decodeVerify_treatsUnknownCriticalHeadersAsInvalid() throws Exception {
        String token = token("{\"alg\":\"HS256\",\"crit\":[\"x\"],\"x\":1}", "{}", "");
        assertThat(decodeVerify(token, "{\"secret\":\"k\"}")).isEqualTo("[false,{},{}]");
    }

    @Test
    void encodeSign_rejectsUnknownAlgorithms() {
        assertThat(error("io.jwt.encode_sign", json("{\"alg\":\"XX1\"}"), json("{}"), json("{\"kty\":\"oct\",\"k\":\"aw\"}")))
                .hasMessage("io.jwt.encode_sign: unknown JWS algorithm: XX1");
        assertThat(error("io.jwt.encode_sign_raw", str("{\"alg\":\"HS256\"}"), str("not json"), str("{\"kty\":\"oct\",\"k\":\"aw\"}")))
                .hasMessage("io.jwt.encode_sign_raw: type is JWT but payload is not JSON");
    }

    @Test
    void verifyRs256_reportsUnusableKeys() {
        assertThat(error("io.jwt.verify_rs256", str(JWT_IO), str("-----BEGIN FOO-----\nAAAA\n-----END FOO-----\n")))
                .hasMessage("io.jwt.verify_rs256: failed to extract a Key from the PEM certificate");
        assertThat(error("io.jwt.verify_rs256", str("x"), str("k"))).hasMessage("io.jwt.verify_rs256: encoded JWT had no period separators");
    }

    private static String sign(String alg, String payload, ObjectValue key) throws Exception {
        return ((StringValue) call("io.jwt.encode_sign", json("{\"alg\":\"" + alg + "\"}"), json(payload), key)).value();
    }

    private static String decodeVerify(String token, String constraints) throws Exception {
        return Values.toJson(call("io.jwt.decode_verify", str(token), json(constraints)));
    }

    private static String token(String header, String payload, String signature) {
        return B64.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                + B64.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + signature;
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static String b64(BigInteger v) {
        byte[] bytes = v.toByteArray();
        int start = bytes[0] == 0 ? 1 : 0;
        return B64.encodeToString(java.util.Arrays.copyOfRange(bytes, start, bytes.length));
    }

    private static ObjectValue rsaJwk(RSAPrivateCrtKey k) {
        return CryptoBuiltinsTest.object(Map.of("kty", "RSA", "n", b64(k.getModulus()), "e", b64(k.getPublicExponent()),
                "d", b64(k.getPrivateExponent()), "p", b64(k.getPrimeP()), "q", b64(k.getPrimeQ()),
                "dp", b64(k.getPrimeExponentP()), "dq", b64(k.getPrimeExponentQ()), "qi", b64(k.getCrtCoefficient())));
    }

}
