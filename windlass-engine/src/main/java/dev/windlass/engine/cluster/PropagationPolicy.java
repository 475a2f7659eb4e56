package dev.windlass.engine.cluster;

/**
 * What happens to an object's dependents when it is deleted, as in Kubernetes'
 * {@code DeleteOptions.propagationPolicy} and Argo CD's {@code PrunePropagationPolicy} sync option.
 */
public enum PropagationPolicy {
    /** Dependents are deleted first; the owner disappears last. */
    FOREGROUND("Foreground"),
    /** The owner disappears at once; the garbage collector deletes dependents afterwards. */
    BACKGROUND("Background"),
    /** Dependents are kept, with their owner reference removed. */
    ORPHAN("Orphan");

    private final String wireName;

    PropagationPolicy(String wireName) {
        this.wireName = wireName;
    }

    /** The value Kubernetes expects in {@code propagationPolicy}. */
    public String wireName() {
        return wireName;
    }

    /** Parses Argo CD's lower-case spelling ({@code foreground|background|orphan}), case-insensitively. */
    public static java.util.Optional<PropagationPolicy> parse(String text) {
        for (PropagationPolicy policy : values()) {
            if (policy.wireName.equalsIgnoreCase(text.trim())) {
                return java.util.Optional.of(policy);
            }
        }
        return java.util.Optional.empty();
    }
}
