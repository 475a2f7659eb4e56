package dev.windlass.rego.builtins;

import dev.windlass.rego.value.ArrayValue;
import dev.windlass.rego.value.NullValue;
import dev.windlass.rego.value.ObjectValue;
import dev.windlass.rego.value.StringValue;
import dev.windlass.rego.value.Value;
import dev.windlass.rego.value.Values;
import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPrivateKeySpec;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.EdECPoint;
import java.security.spec.EdECPublicKeySpec;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPrivateCrtKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
  * Keys for the JWT built-ins: a PEM certificate or public key, or a JWK / JWK set (RSA, EC,
  * OKP Ed25519 and oct). Private JWKs are read for {@code io.jwt.encode_sign}.
  */
final class JwtKeys {
    static final Set<String> ALGORITHMS = Set.of("RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256",
            "ES384", "ES512", "HS256", "HS384", "HS512", "EdDSA");

    private JwtKeys() {}

    /** A key to verify with: a {@link java.security.Key} or the bytes of a secret, and its JWK alg and kid. */
    record VerificationKey(Object key, String alg, String kid) {}

    /** Thrown with OPA's message when the key text cannot be used. */
    static final class KeyException extends Exception {
        private static final long serialVersionUID = 1L;

        KeyException(String message) {
            super(message);
        }
    }

    static List<VerificationKey> fromCertOrJwk(String text) throws KeyException {
        JwtDer.PemBlock block = JwtDer.decodePem(text);
        if (block != null) {
            if (!block.rest().isEmpty()) {
                throw new KeyException("extra data after a PEM certificate block");
            }
            try {
                if (block.type().equals("CERTIFICATE")) {
                    X509Certificate cert = (X509Certificate) CertificateFactory.getInstance("X.509")
                            .generateCertificate(new ByteArrayInputStream(block.bytes()));
                    return List.of(new VerificationKey(cert.getPublicKey(), "", ""));
                }
                if (block.type().equals("PUBLIC KEY")) {
                    return List.of(new VerificationKey(publicKeyFromSpki(block.bytes()), "", ""));
                }
            } catch (GeneralSecurityException e) {
                throw new KeyException("failed to parse a PEM " + (block.type().equals("CERTIFICATE") ? "certificate" : "public key")
                        + ": " + e.getMessage());
            }
            throw new KeyException("failed to extract a Key from the PEM certificate");
        }
        List<VerificationKey> keys = new ArrayList<>();
        for (ObjectValue jwk : jwks(text)) {
            String alg = field(jwk, "alg");
            if (!alg.isEmpty() && !ALGORITHMS.contains(alg)) {
                continue;
            }
            keys.add(new VerificationKey(publicKey(jwk), alg, field(jwk, "kid")));
        }
        return keys;
    }

    static java.security.PublicKey publicKeyFromSpki(byte[] der) throws GeneralSecurityException {
        for (String type : List.of("RSA", "EC", "Ed25519")) {
            try {
                return KeyFactory.getInstance(type).generatePublic(new X509EncodedKeySpec(der));
            } catch (GeneralSecurityException e) {
                // try the next type
            }
        }
        throw new GeneralSecurityException("x509: unsupported public key type");
    }

    /** The keys of a JWK or a JWK set. */
    static List<ObjectValue> jwks(String text) throws KeyException {
        Value parsed;
        try {
            parsed = Values.parseJson(text);
        } catch (java.io.IOException | RuntimeException e) {
            throw new KeyException("failed to parse a JWK key (set): " + EncodingBuiltins.firstLine(e.getMessage()));
        }
        if (!(parsed instanceof ObjectValue object)) {
            throw new KeyException("failed to parse a JWK key (set): not a JSON object");
        }
        List<ObjectValue> out = new ArrayList<>();
        if (object.get("keys") instanceof ArrayValue set) {
            for (Value v : set.items()) {
                if (v instanceof ObjectValue o) {
                    out.add(o);
                }
            }
            return out;
        }
        out.add(object);
        return out;
    }

    static String field(ObjectValue jwk, String name) {
        return jwk.get(name) instanceof StringValue s ? s.value() : "";
    }

    static byte[] bytes(ObjectValue jwk, String name) throws KeyException {
        String v = field(jwk, name);
        if (v.isEmpty()) {
            throw new KeyException("failed to parse a JWK key (set): required field " + name + " is missing");
        }
        try {
            return Base64.getUrlDecoder().decode(v.replace("=", ""));
        } catch (IllegalArgumentException e) {
            throw new KeyException("failed to parse a JWK key (set): invalid " + name + ": " + e.getMessage());
        }
    }

    private static BigInteger big(ObjectValue jwk, String name) throws KeyException {
        return new BigInteger(1, bytes(jwk, name));
    }

    static Object publicKey(ObjectValue jwk) throws KeyException {
        String kty = field(jwk, "kty");
        try {
            switch (kty) {
                case "RSA":
                    return KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(big(jwk, "n"), big(jwk, "e")));
                case "EC":
                    return KeyFactory.getInstance("EC").generatePublic(
                            new ECPublicKeySpec(new ECPoint(big(jwk, "x"), big(jwk, "y")), curve(field(jwk, "crv"))));
                case "OKP":
                    return edPublicKey(jwk);
                case "oct":
                    return bytes(jwk, "k");
                default:
                    throw new KeyException("failed to parse a JWK key (set): invalid key type " + kty);
            }
        } catch (GeneralSecurityException e) {
            throw new KeyException("failed to parse a JWK key (set): " + e.getMessage());
        }
    }

    private static Object edPublicKey(ObjectValue jwk) throws KeyException, GeneralSecurityException {
        byte[] x = bytes(jwk, "x");
        boolean odd = (x[x.length - 1] & 0x80) != 0;
        byte[] le = x.clone();
        le[le.length - 1] &= 0x7f;
        byte[] be = new byte[le.length];
        for (int i = 0; i < le.length; i++) {
            be[i] = le[le.length - 1 - i];
        }
        return KeyFactory.getInstance("Ed25519").generatePublic(
                new EdECPublicKeySpec(NamedParameterSpec.ED25519, new EdECPoint(odd, new BigInteger(1, be))));
    }

    static ECParameterSpec curve(String crv) throws GeneralSecurityException {
        Map<String, String> names = Map.of("P-256", "secp256r1", "P-384", "secp384r1", "P-521", "secp521r1");
        String name = names.get(crv);
        if (name == null) {
            throw new GeneralSecurityException("unsupported curve " + crv);
        }
        AlgorithmParameters params = AlgorithmParameters.getInstance("EC");
        params.init(new ECGenParameterSpec(name));
        return params.getParameterSpec(ECParameterSpec.class);
    }

    /** The signing key of a private JWK: RSA, EC, or the oct secret bytes. */
    static Object privateKey(ObjectValue jwk) throws KeyException {
        String kty = field(jwk, "kty");
        try {
            if (kty.equals("RSA")) {
                return KeyFactory.getInstance("RSA").generatePrivate(new RSAPrivateCrtKeySpec(big(jwk, "n"),
                        big(jwk, "e"), big(jwk, "d"), big(jwk, "p"), big(jwk, "q"), big(jwk, "dp"), big(jwk, "dq"),
                        big(jwk, "qi")));
            }
            if (kty.equals("EC")) {
                return KeyFactory.getInstance("EC").generatePrivate(new ECPrivateKeySpec(big(jwk, "d"), curve(field(jwk, "crv"))));
            }
            if (kty.equals("oct")) {
                return bytes(jwk, "k");
            }
        } catch (GeneralSecurityException e) {
            throw new KeyException("failed to parse a JWK key (set): " + e.getMessage());
        }
        throw new KeyException("failed to parse a JWK key (set): invalid key type " + kty);
    }

    /** {@code crypto.x509.parse_rsa_private_key}: the first RSA private key of PEM data as a JWK. */
    static Value rsaPrivateKeyJwk(Args a) throws BuiltinException {
        String pem = a.string(0);
        if (pem.isEmpty()) {
            throw a.failed("input PEM data was empty");
        }
        if (!pem.startsWith("-----BEGIN")) {
            try {
                pem = new String(EncodingCodecs.decodeStd(ExtCalls.utf8(pem)), java.nio.charset.StandardCharsets.UTF_8);
            } catch (EncodingCodecs.DecodeException e) {
                throw a.failed(e.getMessage());
            }
        }
        for (JwtDer.PemBlock block = JwtDer.decodePem(pem); block != null; block = JwtDer.decodePem(block.rest())) {
            byte[] der = block.type().equals("RSA PRIVATE KEY") ? JwtDer.pkcs8FromPkcs1(block.bytes())
                    : block.type().equals("PRIVATE KEY") ? block.bytes() : null;
            if (der == null) {
                continue;
            }
            try {
                PrivateKey key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
                return rsaJwk((RSAPrivateCrtKey) key);
            } catch (GeneralSecurityException | ClassCastException e) {
                throw a.failed("x509: failed to parse private key: " + e.getMessage());
            }
        }
        return NullValue.INSTANCE;
    }

    private static Value rsaJwk(RSAPrivateCrtKey k) {
        Map<String, Value> out = new TreeMap<>();
        out.put("kty", StringValue.of("RSA"));
        out.put("n", b64(k.getModulus()));
        out.put("e", b64(k.getPublicExponent()));
        out.put("d", b64(k.getPrivateExponent()));
        out.put("p", b64(k.getPrimeP()));
        out.put("q", b64(k.getPrimeQ()));
        out.put("dp", b64(k.getPrimeExponentP()));
        out.put("dq", b64(k.getPrimeExponentQ()));
        out.put("qi", b64(k.getCrtCoefficient()));
        return ObjectValue.ofStrings(out);
    }

    private static Value b64(BigInteger v) {
        byte[] bytes = v.toByteArray();
        int start = bytes.length > 1 && bytes[0] == 0 ? 1 : 0;
        byte[] trimmed = java.util.Arrays.copyOfRange(bytes, start, bytes.length);
        return StringValue.of(Base64.getUrlEncoder().withoutPadding().encodeToString(trimmed));
    }
}
