package dev.windlass.rego.builtins;

import dev.windlass.rego.value.BoolValue;
import dev.windlass.rego.value.StringValue;
import dev.windlass.rego.value.Value;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
  * {@code crypto.md5/sha1/sha256}, {@code crypto.hmac.*}, {@code crypto.hmac.equal},
  * {@code crypto.x509.parse_certificates} (see {@link X509Certificates} for the fields covered) and
  * {@code crypto.x509.parse_rsa_private_key} (a JWK) and
  * {@code crypto.x509.parse_and_verify_certificates[_with_options]} (see {@link X509Verify}).
  */
final class CryptoBuiltins {
    private CryptoBuiltins() {}

    static void register(BuiltinTable.Registrar registrar) {
        ExtCalls.add(registrar, "crypto.md5", 1, a -> digest("MD5", a.string(0)));
        ExtCalls.add(registrar, "crypto.sha1", 1, a -> digest("SHA-1", a.string(0)));
        ExtCalls.add(registrar, "crypto.sha256", 1, a -> digest("SHA-256", a.string(0)));
        ExtCalls.add(registrar, "crypto.hmac.md5", 2, a -> hmac("HmacMD5", a));
        ExtCalls.add(registrar, "crypto.hmac.sha1", 2, a -> hmac("HmacSHA1", a));
        ExtCalls.add(registrar, "crypto.hmac.sha256", 2, a -> hmac("HmacSHA256", a));
        ExtCalls.add(registrar, "crypto.hmac.sha512", 2, a -> hmac("HmacSHA512", a));
        ExtCalls.add(registrar, "crypto.hmac.equal", 2, a -> {
            byte[] x = ExtCalls.utf8(a.string(0));
            byte[] y = ExtCalls.utf8(a.string(1));
            return BoolValue.of(MessageDigest.isEqual(x, y));
        });
        ExtCalls.add(registrar, "crypto.x509.parse_certificates", 1, X509Certificates::parse);
        ExtCalls.add(registrar, "crypto.x509.parse_rsa_private_key", 1, JwtKeys::rsaPrivateKeyJwk);
        ExtCalls.addWithContext(registrar, "crypto.x509.parse_and_verify_certificates", 1, X509Verify::verify);
        ExtCalls.addWithContext(registrar, "crypto.x509.parse_and_verify_certificates_with_options", 2,
                X509Verify::verifyWithOptions);
    }

    private static Value digest(String algorithm, String input) {
        try {
            return StringValue.of(ExtCalls.hex(MessageDigest.getInstance(algorithm).digest(ExtCalls.utf8(input))));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks " + algorithm, e);
        }
    }

    private static Value hmac(String algorithm, Args a) throws BuiltinException {
        byte[] message = ExtCalls.utf8(a.string(0));
        byte[] key = ExtCalls.utf8(a.string(1));
        return StringValue.of(ExtCalls.hex(mac(algorithm, key, message)));
    }

    static byte[] mac(String algorithm, byte[] key, byte[] message) {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(key.length == 0 ? new EmptyKey(algorithm) : new SecretKeySpec(key, algorithm));
            return mac.doFinal(message);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("the JDK lacks " + algorithm, e);
        }
    }

    /** An empty HMAC key, which {@link SecretKeySpec} refuses but HMAC allows (as Go does). */
    private static final class EmptyKey implements javax.crypto.SecretKey {
        private static final long serialVersionUID = 1L;
        private final String algorithm;

        EmptyKey(String algorithm) {
            this.algorithm = algorithm;
        }

        @Override
        public String getAlgorithm() {
            return algorithm;
        }

        @Override
        public String getFormat() {
            return "RAW";
        }

        @Override
        public byte[] getEncoded() {
            return new byte[0];
        }
    }
}
