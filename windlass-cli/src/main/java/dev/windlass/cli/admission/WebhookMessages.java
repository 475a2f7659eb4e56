package dev.windlass.cli.admission;

import dev.windlass.server.admission.ErrorPolicy;
import dev.windlass.server.admission.FailurePolicy;
import java.util.Locale;

/** What {@code windlass policy webhook} prints. */
final class WebhookMessages {

    private WebhookMessages() {
    }

    static String serving(int port, String host, int constraintKinds, FailurePolicy failurePolicy, ErrorPolicy onError) {
        return "windlass: admission webhook at https://" + host + ":" + port + "/v1/admit (" + constraintKinds
                + " constraint kinds; failurePolicy " + failurePolicy.wireName() + ", on error "
                + onError.name().toLowerCase(Locale.ROOT) + "); press Ctrl-C to stop";
    }
}
