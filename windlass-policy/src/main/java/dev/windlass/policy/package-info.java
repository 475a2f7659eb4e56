/**
  * Gatekeeper's constraint framework on Windlass's Rego engine: {@link dev.windlass.policy.PolicySet}
  * holds ConstraintTemplates, their constraints and the Gatekeeper Config, and reviews objects at an
  * {@link dev.windlass.policy.EnforcementPoint}, returning {@link dev.windlass.policy.Violation}s.
  * Pure: no I/O; callers bring objects and inventory.
  */
package dev.windlass.policy;
