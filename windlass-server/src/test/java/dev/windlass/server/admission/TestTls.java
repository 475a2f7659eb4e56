package dev.windlass.server.admission;

import java.time.Instant;
import java.util.List;

/** One generated CA and serving certificate for localhost, shared by the tests (RSA key generation is slow). */
final class TestTls {

    private static WebhookTls tls;

    private TestTls() {
    }

    static synchronized WebhookTls localhost() throws WebhookTlsException {
        if (tls == null) {
            tls = WebhookTls.generate(List.of("windlass-webhook-service.windlass-system.svc", "localhost", "127.0.0.1"),
                    Instant.now());
        }
        return tls;
    }
}
