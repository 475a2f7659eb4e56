package dev.windlass.policy;

import java.util.Locale;

/** What a violation does: Gatekeeper's {@code enforcementAction} values after {@code scoped} is resolved. */
public enum EnforcementAction {
    /** Refuse the object. */
    DENY,
    /** Record only (audit, status); never refuse. */
    DRYRUN,
    /** Let the object in with a warning. */
    WARN;

    /** The lower-case name Gatekeeper uses ({@code deny}, {@code dryrun}, {@code warn}). */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
