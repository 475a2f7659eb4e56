package dev.windlass.controller.app;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Kubernetes' RFC 3339 timestamps with second precision, as Argo CD writes them. */
final class Timestamps {

    private Timestamps() {
    }

    static String format(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
