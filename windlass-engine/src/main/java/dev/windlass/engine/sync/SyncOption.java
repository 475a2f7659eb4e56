package dev.windlass.engine.sync;

import java.util.List;
import java.util.Optional;

/**
 * One of Argo CD's sync options (docs/user-guide/sync-options.md): its key, the values Argo CD
 * acts on, and whether it may also be set on a resource through the
 * {@code argocd.argoproj.io/sync-options} annotation (where it overrides the Application's value).
 */
public enum SyncOption {
    PRUNE("Prune", true, "false", "confirm", "true"),
    DELETE("Delete", true, "false", "confirm", "true"),
    VALIDATE("Validate", true, "false", "true"),
    SKIP_DRY_RUN_ON_MISSING_RESOURCE("SkipDryRunOnMissingResource", true, "true", "false"),
    APPLY_OUT_OF_SYNC_ONLY("ApplyOutOfSyncOnly", false, "true", "false"),
    PRUNE_PROPAGATION_POLICY("PrunePropagationPolicy", false, "foreground", "background", "orphan"),
    PRUNE_LAST("PruneLast", true, "true", "false"),
    REPLACE("Replace", true, "true", "false"),
    FORCE("Force", true, "true", "false"),
    SERVER_SIDE_APPLY("ServerSideApply", true, "true", "false"),
    CLIENT_SIDE_APPLY_MIGRATION("ClientSideApplyMigration", false, "false", "true"),
    FAIL_ON_SHARED_RESOURCE("FailOnSharedResource", false, "true", "false"),
    RESPECT_IGNORE_DIFFERENCES("RespectIgnoreDifferences", false, "true", "false"),
    CREATE_NAMESPACE("CreateNamespace", false, "true", "false");

    private final String key;
    private final boolean resourceLevel;
    private final List<String> values;

    SyncOption(String key, boolean resourceLevel, String... values) {
        this.key = key;
        this.resourceLevel = resourceLevel;
        this.values = List.of(values);
    }

    /** The key as written before {@code =}, e.g. {@code PruneLast}. */
    public String key() {
        return key;
    }

    /** True when Argo CD also reads this option from a resource's sync-options annotation. */
    public boolean resourceLevel() {
        return resourceLevel;
    }

    /** The values Argo CD understands, compared exactly (lower case), the documented one first. */
    public List<String> allowedValues() {
        return values;
    }

    /** The option whose key is {@code key} (case-sensitive, as Argo CD compares), if any. */
    public static Optional<SyncOption> fromKey(String key) {
        for (SyncOption option : values()) {
            if (option.key.equals(key)) {
                return Optional.of(option);
            }
        }
        return Optional.empty();
    }
}
