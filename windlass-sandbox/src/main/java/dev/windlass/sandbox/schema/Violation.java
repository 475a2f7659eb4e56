package dev.windlass.sandbox.schema;

import dev.windlass.model.tree.FieldPath;
import dev.windlass.sandbox.api.ApiException.Cause;

/**
 * One schema violation: the 422 cause as the API server words it, and where in the object the
 * checked value sits ({@code location}), so an update can let an unchanged value keep its old
 * violations (validation ratcheting).
 */
public record Violation(FieldPath location, Cause cause) {
}
