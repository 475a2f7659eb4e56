package dev.windlass.pipelines.triggers;

/**
 * One entry of a trigger's {@code bindings}: a reference ({@code ref}, {@code kind} TriggerBinding or
 * ClusterTriggerBinding) or an inline {@code name}/{@code value}; the unused fields are empty strings.
 */
public record BindingRef(String ref, String kind, String name, String value) {

    /** Tekton's default kind for a reference. */
    public static final String NAMESPACED = "TriggerBinding";
    public static final String CLUSTER = "ClusterTriggerBinding";

    public boolean isInline() {
        return ref.isEmpty();
    }
}
