package dev.windlass.controller.policy;

import dev.windlass.policy.EnforcementAction;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Policy counters under Gatekeeper's metric names, kept here because Windlass has no metrics
 * registry yet: {@link #prometheusText()} renders them in the Prometheus text format for whichever
 * endpoint serves them. {@code gatekeeper_audit_duration_seconds} is Gatekeeper's histogram; here
 * it is the sum and count of audit durations.
 */
public final class PolicyMetrics {

    private final Map<EnforcementAction, AtomicLong> violations = new EnumMap<>(EnforcementAction.class);
    private final AtomicLong auditNanos = new AtomicLong();
    private final AtomicLong audits = new AtomicLong();
    private volatile Instant lastRunStart;
    private volatile Instant lastRunEnd;
    private final AtomicLong allowed = new AtomicLong();
    private final AtomicLong denied = new AtomicLong();

    PolicyMetrics() {
        for (EnforcementAction action : EnforcementAction.values()) {
            violations.put(action, new AtomicLong());
        }
    }

    /** {@code gatekeeper_violations{enforcement_action}}: violations found by the last audit. */
    public long violations(EnforcementAction action) {
        return violations.get(action).get();
    }

    /** {@code gatekeeper_audit_last_run_time}: when the last audit started, or null before the first. */
    public Instant lastAuditStart() {
        return lastRunStart;
    }

    /** {@code gatekeeper_validation_request_count{admission_status}}: objects the sync gate reviewed. */
    public long validations(boolean allowedOnly) {
        return allowedOnly ? allowed.get() : denied.get();
    }

    void audited(Instant start, Instant end, Duration took, Map<EnforcementAction, Long> totals) {
        for (EnforcementAction action : EnforcementAction.values()) {
            violations.get(action).set(totals.getOrDefault(action, 0L));
        }
        auditNanos.addAndGet(took.toNanos());
        audits.incrementAndGet();
        lastRunStart = start;
        lastRunEnd = end;
    }

    void validation(boolean admitted) {
        (admitted ? allowed : denied).incrementAndGet();
    }

    /** The metrics in the Prometheus text exposition format. */
    public String prometheusText() {
        StringBuilder out = new StringBuilder();
        out.append("# TYPE gatekeeper_violations gauge\n");
        for (EnforcementAction action : EnforcementAction.values()) {
            out.append("gatekeeper_violations{enforcement_action=\"").append(action.wireName()).append("\"} ")
                    .append(violations(action)).append('\n');
        }
        out.append("# TYPE gatekeeper_audit_duration_seconds summary\n")
                .append("gatekeeper_audit_duration_seconds_sum ")
                .append(String.format(Locale.ROOT, "%.3f", auditNanos.get() / 1e9)).append('\n')
                .append("gatekeeper_audit_duration_seconds_count ").append(audits.get()).append('\n');
        appendTime(out, "gatekeeper_audit_last_run_time", lastRunStart);
        appendTime(out, "gatekeeper_audit_last_run_end_time", lastRunEnd);
        out.append("# TYPE gatekeeper_validation_request_count counter\n")
                .append("gatekeeper_validation_request_count{admission_status=\"allow\"} ").append(allowed.get())
                .append('\n')
                .append("gatekeeper_validation_request_count{admission_status=\"deny\"} ").append(denied.get())
                .append('\n');
        return out.toString();
    }

    private static void appendTime(StringBuilder out, String name, Instant time) {
        if (time != null) {
            out.append("# TYPE ").append(name).append(" gauge\n").append(name).append(' ')
                    .append(String.format(Locale.ROOT, "%.3f", time.toEpochMilli() / 1000.0)).append('\n');
        }
    }
}
