package dev.windlass.engine.diff;

import dev.windlass.model.ResourceKey;
import dev.windlass.model.codec.YamlWriter;
import dev.windlass.model.tree.MapNode;
import java.util.List;
import java.util.Objects;

/**
 * The comparison of one object in Git with its live counterpart: its status, the fields that
 * differ, and both sides normalised as they were compared.
 *
 * <p>{@code normalizedLive} is the live object without server-populated fields, ignored
 * differences and Secret values (masked); {@code normalizedTarget} is what the live object would be
 * after applying the manifest (Argo CD's "predicted live"): the live object with the manifest's
 * fields laid over it, so the two differ exactly in the {@code differences}. For an object missing
 * live, {@code normalizedLive} is null and {@code normalizedTarget} is the normalised manifest; for
 * an extra object, {@code normalizedTarget} is null.
 */
public record ResourceDiff(ResourceKey key, DiffStatus status, List<FieldDifference> differences,
                           MapNode normalizedLive, MapNode normalizedTarget) {

    public ResourceDiff {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(status, "status");
        differences = List.copyOf(differences);
    }

    /** True when the object needs no sync: both sides exist and agree on every field the manifest sets. */
    public boolean inSync() {
        return status == DiffStatus.SYNCED;
    }

    /**
     * The difference as {@code argocd app diff} prints it: a {@code ===== group/Kind namespace/name ======}
     * header and a unified diff of the normalised live and target objects as YAML. {@code ""} when in sync.
     */
    public String unified() {
        if (inSync()) {
            return "";
        }
        String header = "===== " + key.group() + "/" + key.kind() + " " + key.namespace() + "/" + key.name() + " ======\n";
        return header + UnifiedDiff.of("live/" + key.name(), "target/" + key.name(), yaml(normalizedLive), yaml(normalizedTarget));
    }

    private static String yaml(MapNode object) {
        return object == null ? "" : YamlWriter.write(object);
    }
}
