package dev.windlass.controller.policy;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * What one audit found.
 *
 * @param startedAt       when it started ({@code status.auditTimestamp})
 * @param duration        how long it took
 * @param objectsReviewed how many live objects were reviewed
 * @param totalViolations violations per constraint, keyed {@code Kind/name}
 */
public record AuditReport(Instant startedAt, Duration duration, long objectsReviewed,
        Map<String, Long> totalViolations) {

    public AuditReport {
        totalViolations = Map.copyOf(totalViolations);
    }
}
