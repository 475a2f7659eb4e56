package dev.windlass.controller.app;

import dev.windlass.engine.cluster.ClusterException;
import dev.windlass.engine.sync.SyncPlan;
import dev.windlass.model.GroupKind;
import dev.windlass.model.KubeObject;
import dev.windlass.model.ResourceKey;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The sync operation's admission port: before anything of a sync is applied, every object it would
 * apply is reviewed (Windlass's policy controller implements it with Gatekeeper constraints). A
 * refusal fails the operation with nothing applied, as a failed dry run does.
 */
public interface SyncGate {

    /** A gate that admits everything. */
    SyncGate OPEN = new SyncGate() {
        @Override
        public Verdict review(List<Candidate> candidates) {
            return Verdict.ADMITTED;
        }
    };

    /**
     * One object a sync is about to apply.
     *
     * @param target the object as rendered
     * @param live   the live object it replaces, or null when it does not exist yet
     */
    record Candidate(KubeObject target, KubeObject live) {
    }

    /**
     * What the gate decided.
     *
     * @param denied   for each refused object, its denial lines ({@code Kind/namespace/name: [constraint] message})
     * @param warnings warnings that do not block ({@code Kind/namespace/name: [constraint] message})
     */
    record Verdict(Map<ResourceKey, List<String>> denied, List<String> warnings) {

        /** Nothing refused, nothing to warn about. */
        public static final Verdict ADMITTED = new Verdict(Map.of(), List.of());

        public Verdict {
            denied = Map.copyOf(denied);
            warnings = List.copyOf(warnings);
        }
    }

    /** Reviews every object of one sync together (policy objects among them take effect for the others). */
    Verdict review(List<Candidate> candidates);

    /**
     * Kinds that objects among {@code targets} define and that cannot be dry-run before those are
     * applied (a ConstraintTemplate's constraint kind).
     */
    default Set<GroupKind> definedKinds(List<KubeObject> targets) {
        return Set.of();
    }

    /**
     * Told right after {@code stored} was applied, before the next object is, so a definition takes
     * effect at once (a ConstraintTemplate's constraint CRD is installed before its constraints apply).
     */
    default void applied(KubeObject stored) throws ClusterException {
    }

    /**
     * The plan in the order this gate needs (a ConstraintTemplate before its constraints); the
     * default keeps it. Must be deterministic: a resumed sync replans and finds its tasks by id.
     */
    default SyncPlan arrange(SyncPlan plan) {
        return plan;
    }
}
