package dev.windlass.sandbox.kubeconfig;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;

/**
 * Bearer tokens for the sandbox's API: made from 32 random bytes, and checked against an
 * {@code Authorization} header in constant time, parsing the header as the Kubernetes API server's
 * token authenticator does.
 */
public final class Tokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int TOKEN_BYTES = 32;

    private Tokens() {
    }

    /** A new token: 32 bytes from {@link SecureRandom}, base64url without padding (43 characters). */
    public static String generate() {
        byte[] bytes = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * Whether {@code authorizationHeader} carries {@code expected} as a bearer token. Like the API
     * server, the header is trimmed, split on single spaces, the scheme compared without regard to
     * case and the second part taken as the token ({@code Bearer  abc}, with two spaces, has none).
     * The comparison takes the same time however much of the token matches; a missing header, an
     * empty token or another scheme never matches.
     */
    public static boolean matches(String expected, String authorizationHeader) {
        if (expected == null || expected.isEmpty() || authorizationHeader == null) {
            return false;
        }
        String[] parts = authorizationHeader.strip().split(" ", 3);
        if (parts.length < 2 || !parts[0].toLowerCase(Locale.ROOT).equals("bearer") || parts[1].isEmpty()) {
            return false;
        }
        // Digests first, so that neither the content nor the length of the token shows in the timing.
        return MessageDigest.isEqual(sha256(expected), sha256(parts[1]));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
