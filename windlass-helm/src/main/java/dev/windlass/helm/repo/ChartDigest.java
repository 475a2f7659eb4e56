package dev.windlass.helm.repo;

import dev.windlass.helm.HelmException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/** SHA-256 digests of chart archives and OCI blobs, and their verification. */
public final class ChartDigest {

    private ChartDigest() {
    }

    /** The lowercase hex SHA-256 of {@code data} (the form index.yaml's {@code digest} uses). */
    public static String sha256Hex(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code sha256:<hex>}, the OCI form and the cache key. */
    public static String ociDigest(byte[] data) {
        return "sha256:" + sha256Hex(data);
    }

    /** {@code expected} with or without the {@code sha256:} prefix, as {@code sha256:<hex>}. */
    public static String normalize(String expected) {
        String e = expected.trim().toLowerCase(Locale.ROOT);
        return e.contains(":") ? e : "sha256:" + e;
    }

    /**
     * Fails unless {@code data} hashes to {@code expected} ({@code <hex>} or {@code sha256:<hex>});
     * an empty expectation is not checked (indexes may omit the digest).
     */
    public static void verify(byte[] data, String expected, String what) throws HelmException {
        if (expected == null || expected.isBlank()) {
            return;
        }
        String want = normalize(expected);
        if (!want.startsWith("sha256:")) {
            throw new HelmException("unsupported digest algorithm for " + what + ": " + expected);
        }
        String got = ociDigest(data);
        if (!got.equals(want)) {
            throw new HelmException("digest mismatch for " + what + ": expected " + want + ", got " + got);
        }
    }
}
