package dev.windlass.bench.pipelines;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * GitHub push deliveries for {@link TriggerThroughput}, made before the clock starts: the example's
 * push event with a different {@code after} commit each, and its {@code X-Hub-Signature-256} (HMAC-SHA256
 * of the exact body bytes with the webhook token), as GitHub signs them.
 */
final class SignedPushEvents {

    /** One delivery: the body and its signature header value. */
    record Delivery(byte[] body, String signature) {
    }

    private SignedPushEvents() {
    }

    /** {@code count} deliveries of {@code template}, whose {@code "after"} value is replaced by a fresh commit id each. */
    static List<Delivery> make(String template, String after, String token, int count) {
        if (!template.contains(after)) {
            throw new IllegalArgumentException("the push event does not contain its after commit " + after);
        }
        Mac mac = hmac(token);
        List<Delivery> deliveries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String commit = String.format("%040x", 0x5eedL * 1_000_003L + i);
            byte[] body = template.replace(after, commit).getBytes(StandardCharsets.UTF_8);
            deliveries.add(new Delivery(body, "sha256=" + HexFormat.of().formatHex(mac.doFinal(body))));
        }
        return deliveries;
    }

    private static Mac hmac(String token) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(token.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
