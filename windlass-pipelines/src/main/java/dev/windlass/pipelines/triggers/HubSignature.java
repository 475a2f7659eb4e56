package dev.windlass.pipelines.triggers;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A webhook signature header ({@code sha256=<hex>}, also {@code sha1=} and {@code sha512=}): the HMAC of the
 * raw body with the shared secret, compared in constant time, as go-github's {@code ValidateSignature}.
 */
final class HubSignature {

    private static final Map<String, String> ALGORITHMS = Map.of("sha1", "HmacSHA1", "sha256", "HmacSHA256",
            "sha512", "HmacSHA512");

    private HubSignature() {
    }

    /** {@code ""} when the signature is right, else what is wrong (never the expected value). */
    static String check(String header, byte[] body, byte[] secret) {
        int eq = header.indexOf('=');
        if (eq < 0) {
            return "error parsing signature \"" + header + "\"";
        }
        String algorithm = ALGORITHMS.get(header.substring(0, eq));
        if (algorithm == null) {
            return "unknown hash type prefix: \"" + header.substring(0, eq) + "\"";
        }
        byte[] given;
        try {
            given = HexFormat.of().parseHex(header.substring(eq + 1));
        } catch (IllegalArgumentException e) {
            return "error decoding signature \"" + header + "\": not hexadecimal";
        }
        return MessageDigest.isEqual(hmac(algorithm, body, secret), given) ? "" : "payload signature check failed";
    }

    static byte[] hmac(String algorithm, byte[] body, byte[] secret) {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(secret.length == 0 ? new EmptyKey(algorithm) : new SecretKeySpec(secret, algorithm));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK lacks " + algorithm, e);
        }
    }

    /** An empty HMAC key, which {@link SecretKeySpec} refuses but HMAC allows (Go signs with it). */
    private record EmptyKey(String getAlgorithm) implements javax.crypto.SecretKey {
        private static final long serialVersionUID = 1L;

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
