package dev.windlass.engine.sync;

import dev.windlass.engine.cluster.PropagationPolicy;
import dev.windlass.model.KubeObject;
import dev.windlass.model.Result;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Argo CD sync options as typed values: what an Application's {@code spec.syncPolicy.syncOptions}
 * or a resource's {@code argocd.argoproj.io/sync-options} annotation set. Unset options answer
 * Argo CD's defaults. {@link #overriddenBy} layers a resource's options over the Application's,
 * as Argo CD does for the options it reads from resources.
 *
 * @param values the options that were set, each with a value {@link SyncOption#allowedValues()} allows
 */
public record SyncOptions(Map<SyncOption, String> values) {

    /** No option set: every accessor answers Argo CD's default. */
    public static final SyncOptions NONE = new SyncOptions(Map.of());

    public SyncOptions {
        EnumMap<SyncOption, String> copy = new EnumMap<>(SyncOption.class);
        values.forEach((option, value) -> {
            if (!option.allowedValues().contains(value)) {
                throw new IllegalArgumentException(option.key() + "=" + value + " is not a value Argo CD understands");
            }
            copy.put(option, value);
        });
        values = Collections.unmodifiableMap(copy);
    }

    /** Parses an Application's {@code spec.syncPolicy.syncOptions}; problems are warnings naming the application. */
    public static Result<SyncOptions> parseApplication(List<String> options, String application) {
        return SyncOptionsParser.application(options, application);
    }

    /** Parses {@code object}'s {@code argocd.argoproj.io/sync-options} annotation; problems are warnings naming it. */
    public static Result<SyncOptions> parseAnnotation(KubeObject object) {
        return SyncOptionsParser.annotation(object);
    }

    /** These options with {@code option} set to {@code value} (one of {@link SyncOption#allowedValues()}). */
    public SyncOptions with(SyncOption option, String value) {
        EnumMap<SyncOption, String> copy = new EnumMap<>(SyncOption.class);
        copy.putAll(values);
        copy.put(option, value);
        return new SyncOptions(copy);
    }

    /** The value set for {@code option}, if any. */
    public Optional<String> value(SyncOption option) {
        return Optional.ofNullable(values.get(option));
    }

    /** True when {@code option} was set. */
    public boolean isSet(SyncOption option) {
        return values.containsKey(option);
    }

    /**
     * These (Application) options with every resource-level option that {@code resource} sets
     * replacing this one's value. Application-only options of {@code resource} are ignored.
     */
    public SyncOptions overriddenBy(SyncOptions resource) {
        EnumMap<SyncOption, String> merged = new EnumMap<>(SyncOption.class);
        merged.putAll(values);
        resource.values.forEach((option, value) -> {
            if (option.resourceLevel()) {
                merged.put(option, value);
            }
        });
        return new SyncOptions(merged);
    }

    /** {@code Prune=}: allowed unless {@code false} or {@code confirm}. */
    public DeletionMode prune() {
        return value(SyncOption.PRUNE).map(DeletionMode::fromText).orElse(DeletionMode.ALLOW);
    }

    /** {@code Delete=} (on Application deletion): allowed unless {@code false} or {@code confirm}. */
    public DeletionMode delete() {
        return value(SyncOption.DELETE).map(DeletionMode::fromText).orElse(DeletionMode.ALLOW);
    }

    /** {@code Validate=false} turns schema validation off; on by default. */
    public boolean validate() {
        return flag(SyncOption.VALIDATE, true);
    }

    public boolean skipDryRunOnMissingResource() {
        return flag(SyncOption.SKIP_DRY_RUN_ON_MISSING_RESOURCE, false);
    }

    public boolean applyOutOfSyncOnly() {
        return flag(SyncOption.APPLY_OUT_OF_SYNC_ONLY, false);
    }

    /** {@code PrunePropagationPolicy=}; foreground by default, as in Argo CD. */
    public PropagationPolicy prunePropagationPolicy() {
        return value(SyncOption.PRUNE_PROPAGATION_POLICY).flatMap(PropagationPolicy::parse)
                .orElse(PropagationPolicy.FOREGROUND);
    }

    public boolean pruneLast() {
        return flag(SyncOption.PRUNE_LAST, false);
    }

    public boolean replace() {
        return flag(SyncOption.REPLACE, false);
    }

    public boolean force() {
        return flag(SyncOption.FORCE, false);
    }

    public boolean serverSideApply() {
        return flag(SyncOption.SERVER_SIDE_APPLY, false);
    }

    /** Client-side-apply migration for server-side apply; on by default. */
    public boolean clientSideApplyMigration() {
        return flag(SyncOption.CLIENT_SIDE_APPLY_MIGRATION, true);
    }

    public boolean failOnSharedResource() {
        return flag(SyncOption.FAIL_ON_SHARED_RESOURCE, false);
    }

    public boolean respectIgnoreDifferences() {
        return flag(SyncOption.RESPECT_IGNORE_DIFFERENCES, false);
    }

    public boolean createNamespace() {
        return flag(SyncOption.CREATE_NAMESPACE, false);
    }

    /** The options in Argo CD's {@code Key=Value} form, e.g. for display or round-tripping. */
    public List<String> toStrings() {
        return values.entrySet().stream().map(e -> e.getKey().key() + "=" + e.getValue()).toList();
    }

    private boolean flag(SyncOption option, boolean fallback) {
        return value(option).map("true"::equals).orElse(fallback);
    }
}
