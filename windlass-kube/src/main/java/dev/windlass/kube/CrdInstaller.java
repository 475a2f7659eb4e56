package dev.windlass.kube;

import dev.windlass.engine.cluster.ClusterException;
import dev.windlass.engine.cluster.ClusterException.Reason;
import dev.windlass.model.GroupVersionKind;
import dev.windlass.model.KubeObject;
import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Makes sure a CustomResourceDefinition exists and is usable: creates it when absent (an existing
 * one is left as it is), waits until its {@code Established} condition is {@code True}, then until
 * discovery serves its kinds, so the caller can create and watch custom resources right away.
 */
final class CrdInstaller {

    private static final long FIRST_PAUSE_MILLIS = 10;
    private static final long MAX_PAUSE_MILLIS = 250;

    private final ObjectOperations operations;
    private final ApiDiscovery discovery;

    CrdInstaller(ObjectOperations operations, ApiDiscovery discovery) {
        this.operations = operations;
        this.discovery = discovery;
    }

    void ensure(KubeObject crd, Duration timeout) throws ClusterException {
        GroupVersionKind crdKind = CrdWatch.CRD.gvk();
        if (!crd.kind().equals(crdKind.kind())) {
            throw new ClusterException(Reason.INVALID, "ensureCustomResourceDefinition needs a "
                    + crdKind.kind() + ", not " + ObjectRef.of(crd).describe());
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        Optional<KubeObject> live = operations.get(crdKind, "", crd.name());
        if (live.isEmpty()) {
            live = Optional.of(createTolerantly(crd));
        }
        long pause = FIRST_PAUSE_MILLIS;
        while (!established(live)) {
            pause = pause(deadline, pause, crd, timeout);
            live = operations.get(crdKind, "", crd.name());
        }
        List<GroupVersionKind> kinds = servedKinds(live.get());
        discovery.invalidate();
        while (!allServed(kinds)) {
            pause = pause(deadline, pause, crd, timeout);
            discovery.invalidate();
        }
    }

    /** The kinds a CRD serves: its group and kind at every served version. */
    static List<GroupVersionKind> servedKinds(KubeObject crd) {
        String group = crd.field(FieldPath.of("spec", "group")).flatMap(Node::asText).orElse("");
        String kind = crd.field(FieldPath.of("spec", "names", "kind")).flatMap(Node::asText).orElse("");
        List<GroupVersionKind> out = new ArrayList<>();
        ListNode versions = crd.field(FieldPath.of("spec", "versions")).flatMap(Node::asList).orElse(ListNode.empty());
        for (Node version : versions.items()) {
            MapNode v = version.asMap().orElse(MapNode.empty());
            if (v.get("served").map(Node.of(true)::equals).orElse(true)) {
                v.getText("name").ifPresent(name -> out.add(new GroupVersionKind(group, name, kind)));
            }
        }
        return out;
    }

    /** True when the CRD's {@code Established} condition is {@code True}. */
    static boolean established(Optional<KubeObject> crd) {
        ListNode conditions = crd.flatMap(c -> c.field(FieldPath.of("status", "conditions"))).flatMap(Node::asList)
                .orElse(ListNode.empty());
        for (Node condition : conditions.items()) {
            MapNode c = condition.asMap().orElse(MapNode.empty());
            if (c.getText("type").map("Established"::equals).orElse(false)) {
                return c.getText("status").map("True"::equals).orElse(false);
            }
        }
        return false;
    }

    private KubeObject createTolerantly(KubeObject crd) throws ClusterException {
        try {
            return operations.create(crd);
        } catch (ClusterException e) {
            if (e.reason() != Reason.CONFLICT) {
                throw e;
            }
            return operations.get(CrdWatch.CRD.gvk(), "", crd.name()).orElseThrow(() -> e);
        }
    }

    private boolean allServed(List<GroupVersionKind> kinds) throws ClusterException {
        DiscoveryCatalog catalog = discovery.current();
        return kinds.stream().allMatch(kind -> catalog.find(kind).isPresent());
    }

    private static long pause(long deadline, long pause, KubeObject crd, Duration timeout) throws ClusterException {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            throw KubeMessages.notEstablished(crd.name(), timeout);
        }
        try {
            Thread.sleep(Math.min(pause, Math.max(1, left / 1_000_000)));
        } catch (InterruptedException interrupted) {
            throw KubeMessages.interrupted("wait for", ObjectRef.of(crd), interrupted);
        }
        return Math.min(pause * 2, MAX_PAUSE_MILLIS);
    }
}
