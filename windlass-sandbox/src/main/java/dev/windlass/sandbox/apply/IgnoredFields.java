package dev.windlass.sandbox.apply;

/**
 * Fields no manager's entry records. The API server strips the object's identity and
 * server-populated metadata from every entry, and ignores the fields a write cannot change: a
 * resource with a status subresource ignores {@code status} on the main resource and
 * {@code spec} on the status subresource (what custom resources reset; built-in kinds reset a
 * few more fields each, which the caller's strategy handles).
 */
final class IgnoredFields {

    /** Removed from the writing manager's entry after each apply and update. */
    static final FieldSet STRIPPED = FieldSet.of(
            ManagedPath.fields("apiVersion"),
            ManagedPath.fields("kind"),
            ManagedPath.fields("metadata"),
            ManagedPath.fields("metadata", "name"),
            ManagedPath.fields("metadata", "namespace"),
            ManagedPath.fields("metadata", "creationTimestamp"),
            ManagedPath.fields("metadata", "selfLink"),
            ManagedPath.fields("metadata", "uid"),
            ManagedPath.fields("metadata", "clusterName"),
            ManagedPath.fields("metadata", "generation"),
            ManagedPath.fields("metadata", "managedFields"),
            ManagedPath.fields("metadata", "resourceVersion"));

    private static final FieldSet STATUS = FieldSet.of(ManagedPath.fields("status"));
    private static final FieldSet SPEC = FieldSet.of(ManagedPath.fields("spec"));

    private IgnoredFields() {
    }

    /** Fields (with everything below them) a write through {@code subresource} does not own. */
    static FieldSet reset(String subresource, boolean hasStatusSubresource) {
        if (subresource.equals("status")) {
            return SPEC;
        }
        return subresource.isEmpty() && hasStatusSubresource ? STATUS : FieldSet.empty();
    }
}
