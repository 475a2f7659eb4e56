package dev.windlass.bench.pipelines;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class SignedPushEventsTest {

    @Test
    void deliveries_areSignedWithTheTokenAndDifferByCommit() throws Exception {
        String template = "{\"ref\":\"refs/heads/main\",\"after\":\"abc\"}";

        List<SignedPushEvents.Delivery> deliveries = SignedPushEvents.make(template, "abc", "token", 3);

        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec("token".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        for (SignedPushEvents.Delivery delivery : deliveries) {
            assertThat(delivery.signature()).isEqualTo("sha256=" + HexFormat.of().formatHex(mac.doFinal(delivery.body())));
            assertThat(new String(delivery.body(), StandardCharsets.UTF_8)).doesNotContain("\"abc\"");
        }
        assertThat(deliveries).extracting(SignedPushEvents.Delivery::signature).doesNotHaveDuplicates();
    }
}
