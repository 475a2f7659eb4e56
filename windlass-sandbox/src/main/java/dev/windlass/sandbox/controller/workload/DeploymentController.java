package dev.windlass.sandbox.controller.workload;

import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.sandbox.api.ApiException;
import dev.windlass.sandbox.api.DeleteOptions;
import dev.windlass.sandbox.api.ListOptions;
import dev.windlass.sandbox.api.Meta;
import dev.windlass.sandbox.api.ObjectService;
import dev.windlass.sandbox.controller.ControllerContext;
import dev.windlass.sandbox.controller.events.ClusterEvents;
import dev.windlass.sandbox.store.ObjectKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * kube-controller-manager's Deployment controller: one ReplicaSet per pod template, named
 * {@code <deployment>-<pod-template-hash>}, rolled out by {@link DeploymentRollout}, old ones kept
 * at zero up to {@code revisionHistoryLimit}, and the status {@link DeploymentStatus} computes,
 * including {@code ProgressDeadlineExceeded} once no progress was made for
 * {@code progressDeadlineSeconds}. A paused Deployment gets no new ReplicaSet.
 */
final class DeploymentController extends Reconciler {

    static final String HASH_LABEL = "pod-template-hash";
    static final String REVISION = "deployment.kubernetes.io/revision";
    private static final String DESIRED = "deployment.kubernetes.io/desired-replicas";
    private static final String MAX = "deployment.kubernetes.io/max-replicas";
    private static final String LAST_APPLIED = "kubectl.kubernetes.io/last-applied-configuration";

    DeploymentController() {
        super(Kinds.DEPLOYMENT, "deployment");
    }

    @Override
    public boolean interestedIn(ObjectKey key) {
        return Kinds.DEPLOYMENT.is(key) || Kinds.REPLICA_SET.is(key);
    }

    @Override
    void reconcile(MapNode deployment, ControllerContext context) {
        List<MapNode> owned = replicaSets(context.api(), deployment);
        String hash = TemplateHash.of(Trees.map(deployment, "spec", "template"),
                Trees.integer(deployment, 0, "status", "collisionCount"));
        String newName = Meta.name(deployment) + "-" + hash;
        MapNode newRs = owned.stream().filter(rs -> Meta.name(rs).equals(newName)).findFirst().orElse(null);
        List<MapNode> olds = owned.stream().filter(rs -> !Meta.name(rs).equals(newName)).toList();
        boolean paused = Trees.bool(deployment, "spec", "paused");
        boolean created = false;
        DeploymentRollout rollout = new DeploymentRollout(deployment);
        if (newRs == null && !paused) {
            Optional<MapNode> made = createReplicaSet(context, deployment, hash, nextRevision(olds));
            if (made.isEmpty()) {
                return;
            }
            newRs = made.get();
            created = true;
        } else if (newRs != null && revision(newRs) < nextRevision(olds)) {
            newRs = writeObject(context, Kinds.REPLICA_SET, Trees.withAnnotation(newRs, REVISION,
                    Long.toString(nextRevision(olds))));
        }
        if (newRs != null && !paused) {
            scale(context, deployment, rollout, newRs, olds);
        }
        MapNode synced = syncRevision(context, deployment, newRs);
        List<MapNode> current = replicaSets(context.api(), synced);
        cleanUp(context, synced, current.stream().filter(rs -> !Meta.name(rs).equals(newName)).toList());
        MapNode freshNew = current.stream().filter(rs -> Meta.name(rs).equals(newName)).findFirst().orElse(null);
        DeploymentStatus status = new DeploymentStatus(synced, freshNew, current, created, rollout);
        Instant now = context.clock().instant();
        MapNode written = writeStatus(context, synced, status.compute(now));
        status.deadline(Trees.map(written, "status").getList("conditions").orElse(ListNode.empty()))
                .ifPresent(deadline -> enqueueAfter(kind().key(Meta.namespace(synced), Meta.name(synced)),
                        Duration.between(now, deadline).plusMillis(1100), context));
    }

    /** The ReplicaSets {@code deployment} controls, oldest revision first. */
    private static List<MapNode> replicaSets(ObjectService api, MapNode deployment) {
        List<MapNode> owned = new ArrayList<>(api.list(Kinds.REPLICA_SET.in(api), Meta.namespace(deployment),
                ListOptions.ALL).items().stream().filter(rs -> Trees.controlledBy(rs, deployment)).toList());
        owned.sort(Comparator.comparingLong(DeploymentController::revision));
        return owned;
    }

    private Optional<MapNode> createReplicaSet(ControllerContext context, MapNode deployment, String hash,
                                               long revision) {
        ObjectService api = context.api();
        MapNode template = Trees.map(deployment, "spec", "template");
        MapNode templateMeta = Trees.map(template, "metadata");
        MapNode labels = Trees.map(templateMeta, "labels").with(HASH_LABEL, Node.of(hash));
        MapNode selector = Trees.map(deployment, "spec", "selector");
        selector = selector.with("matchLabels", Trees.map(selector, "matchLabels").with(HASH_LABEL, Node.of(hash)));
        MapNode.Builder spec = MapNode.builder().put("replicas", Node.of(0L))
                .put("selector", selector)
                .put("template", template.with("metadata", templateMeta.with("labels", labels)));
        deployment.getMap("spec").flatMap(s -> s.get("minReadySeconds")).ifPresent(m -> spec.put("minReadySeconds", m));
        MapNode annotations = Trees.annotations(deployment).without(LAST_APPLIED).without(REVISION)
                .with(REVISION, Node.of(Long.toString(revision)));
        MapNode metadata = MapNode.builder().put("name", Node.of(Meta.name(deployment) + "-" + hash))
                .put("namespace", Node.of(Meta.namespace(deployment))).put("labels", labels)
                .put("annotations", annotations)
                .put("ownerReferences", Node.list(List.of(Trees.controllerReference(deployment, Kinds.DEPLOYMENT))))
                .build();
        MapNode rs = MapNode.of("apiVersion", Node.of("apps/v1"), "kind", Node.of("ReplicaSet"),
                "metadata", metadata, "spec", spec.build());
        try {
            return Optional.of(api.create(Kinds.REPLICA_SET.in(api), Meta.namespace(deployment), rs, writeOptions()));
        } catch (ApiException e) {
            if (e.code() != 409) {
                throw e;
            }
            resolveCollision(context, deployment, Meta.name(rs));
            return Optional.empty();
        }
    }

    /** A ReplicaSet of that name exists: adopt it when it has no controller, else try the next hash. */
    private void resolveCollision(ControllerContext context, MapNode deployment, String name) {
        ObjectService api = context.api();
        MapNode existing = api.get(Kinds.REPLICA_SET.in(api), Meta.namespace(deployment), name);
        if (Trees.controllerOf(existing).isEmpty()) {
            writeObject(context, Kinds.REPLICA_SET, Meta.with(existing, "ownerReferences",
                    Node.list(List.of(Trees.controllerReference(deployment, Kinds.DEPLOYMENT)))));
            return;
        }
        MapNode status = Trees.map(deployment, "status");
        writeStatus(context, deployment, status.with("collisionCount",
                Node.of(Trees.integer(status, 0, "collisionCount") + 1)));
    }

    private void scale(ControllerContext context, MapNode deployment, DeploymentRollout rollout, MapNode newRs,
                       List<MapNode> olds) {
        Map<String, Long> changes = rollout.step(newRs, olds);
        long replicas = Trees.integer(deployment, 1, "spec", "replicas");
        List<MapNode> all = new ArrayList<>(olds);
        all.add(newRs);
        for (MapNode rs : all) {
            Long wanted = changes.get(Meta.name(rs));
            if (wanted != null) {
                MapNode scaled = rs.with("spec", Trees.map(rs, "spec").with("replicas", Node.of(wanted)));
                scaled = Trees.withAnnotation(scaled, DESIRED, Long.toString(replicas));
                scaled = Trees.withAnnotation(scaled, MAX, Long.toString(replicas + rollout.maxSurge()));
                writeObject(context, Kinds.REPLICA_SET, scaled);
                ClusterEvents.scaledReplicaSet(context, deployment, rs, DeploymentRollout.specReplicas(rs), wanted);
            }
        }
    }

    /** The Deployment carries its new ReplicaSet's revision annotation. */
    private MapNode syncRevision(ControllerContext context, MapNode deployment, MapNode newRs) {
        if (newRs == null) {
            return deployment;
        }
        String revision = Trees.text(newRs, "", "metadata", "annotations", REVISION);
        if (revision.isEmpty() || Trees.text(deployment, "", "metadata", "annotations", REVISION).equals(revision)) {
            return deployment;
        }
        return writeObject(context, Kinds.DEPLOYMENT, Trees.withAnnotation(deployment, REVISION, revision));
    }

    /** Deletes the oldest scaled-down ReplicaSets beyond {@code revisionHistoryLimit} (default 10). */
    private void cleanUp(ControllerContext context, MapNode deployment, List<MapNode> olds) {
        ObjectService api = context.api();
        long limit = Trees.integer(deployment, 10, "spec", "revisionHistoryLimit");
        List<MapNode> idle = olds.stream()
                .filter(rs -> DeploymentRollout.specReplicas(rs) == 0 && Trees.integer(rs, 0, "status", "replicas") == 0)
                .toList();
        for (int i = 0; i < idle.size() - limit; i++) {
            MapNode rs = idle.get(i);
            api.delete(Kinds.REPLICA_SET.in(api), Meta.namespace(rs), Meta.name(rs), DeleteOptions.DEFAULT);
        }
    }

    private static long nextRevision(List<MapNode> olds) {
        return olds.stream().mapToLong(DeploymentController::revision).max().orElse(0) + 1;
    }

    static long revision(MapNode replicaSet) {
        try {
            return Long.parseLong(Trees.text(replicaSet, "0", "metadata", "annotations", REVISION));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
