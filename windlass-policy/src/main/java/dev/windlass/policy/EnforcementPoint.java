package dev.windlass.policy;

/**
  * Where a review happens, with Gatekeeper's enforcement point name (for {@code scoped}
  * enforcement actions) and its Config {@code match[].processes} name. Windlass's sync gate is an
  * admission-time decision made before the apply, so it is the {@link #WEBHOOK} point.
  */
public enum EnforcementPoint {
    /** Admission and Windlass's sync gate. */
    WEBHOOK("validation.gatekeeper.sh", "webhook"),
    /** Periodic audit of live objects. */
    AUDIT("audit.gatekeeper.sh", "audit"),
    /** {@code windlass policy verify|test}, like gator. */
    GATOR("gator.gatekeeper.sh", "webhook");

    private final String gatekeeperName;
    private final String process;

    EnforcementPoint(String gatekeeperName, String process) {
        this.gatekeeperName = gatekeeperName;
        this.process = process;
    }

    /** The name in {@code scopedEnforcementActions[].enforcementPoints[].name}. */
    public String gatekeeperName() {
        return gatekeeperName;
    }

    /** The process name in Config {@code spec.match[].processes}. */
    public String process() {
        return process;
    }
}
