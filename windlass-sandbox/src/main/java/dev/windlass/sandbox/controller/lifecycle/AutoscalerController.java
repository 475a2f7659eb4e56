package dev.windlass.sandbox.controller.lifecycle;

import dev.windlass.model.GroupKind;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.sandbox.api.Meta;
import dev.windlass.sandbox.api.ObjectService;
import dev.windlass.sandbox.api.Versions;
import dev.windlass.sandbox.api.WriteOptions;
import dev.windlass.sandbox.controller.Controller;
import dev.windlass.sandbox.controller.ControllerContext;
import dev.windlass.sandbox.controller.events.EventRecorder;
import dev.windlass.sandbox.resource.ApiResource;
import dev.windlass.sandbox.store.ObjectKey;
import dev.windlass.sandbox.store.StoredObject;
import dev.windlass.sandbox.store.WatchEvent;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * kube-controller-manager's horizontal-pod-autoscaler controller with every metric at its target
 * (see {@link AutoscalerStatus}): after the ready delay an HPA gets {@code currentReplicas},
 * {@code desiredReplicas} and the {@code AbleToScale}/{@code ScalingActive}/{@code ScalingLimited}
 * conditions, or {@code AbleToScale=False FailedGetScale} when its target cannot be found. A target
 * outside {@code [minReplicas, maxReplicas]} is scaled into range through its {@code /scale}
 * subresource. The HPA is evaluated again, after the ready delay, whenever it or its target
 * changes, and when a CustomResourceDefinition changes (a target kind may have appeared).
 * Writes as {@code kube-controller-manager}; events come from {@code horizontal-pod-autoscaler}.
 */
public final class AutoscalerController implements Controller {

    static final String GROUP = "autoscaling";
    static final String PLURAL = "horizontalpodautoscalers";
    private static final WriteOptions AS_CONTROLLER = WriteOptions.as("kube-controller-manager");
    private static final String COMPONENT = "horizontal-pod-autoscaler";

    /** Each HPA's target: its namespace, group, kind and name. */
    private final Map<ObjectKey, Target> targets = new HashMap<>();
    /** {@code group/plural} of every resolved target kind, so target changes reach {@link #handle}. */
    private final Set<String> targetTables = new HashSet<>();
    private final Set<ObjectKey> pending = new HashSet<>();

    private record Target(String namespace, GroupKind kind, String name) {
    }

    @Override
    public String name() {
        return "horizontal-pod-autoscaler";
    }

    @Override
    public boolean interestedIn(ObjectKey key) {
        return Resources.is(key, GROUP, PLURAL) || Resources.is(key, Resources.CRDS_GROUP, "customresourcedefinitions")
                || targetTables.contains(key.group() + "/" + key.resource());
    }

    @Override
    public void handle(WatchEvent event, ControllerContext context) {
        ObjectKey key = event.key();
        if (Resources.is(key, GROUP, PLURAL)) {
            if (event.type() == WatchEvent.Type.DELETED) {
                targets.remove(key);
            } else {
                MapNode reference = event.object().getMap("spec").flatMap(s -> s.getMap("scaleTargetRef"))
                        .orElse(MapNode.empty());
                ScaleTargets.groupKind(reference).ifPresentOrElse(
                        kind -> targets.put(key, new Target(key.namespace(), kind, reference.getText("name").orElse(""))),
                        () -> targets.remove(key));
                schedule(key, context);
            }
            refreshTables(context);
        } else if (Resources.is(key, Resources.CRDS_GROUP, "customresourcedefinitions")) {
            refreshTables(context);
            List.copyOf(targets.keySet()).forEach(hpa -> schedule(hpa, context));
        } else {
            Optional<String> kind = Resources.of(context.api().registry(), key).map(ApiResource::kind);
            targets.forEach((hpa, target) -> {
                if (target.namespace().equals(key.namespace()) && target.name().equals(key.name())
                        && kind.filter(target.kind().kind()::equals).isPresent()
                        && target.kind().group().equals(key.group())) {
                    schedule(hpa, context);
                }
            });
        }
    }

    private void refreshTables(ControllerContext context) {
        targetTables.clear();
        for (Target target : targets.values()) {
            Resources.byKind(context.api().registry(), target.kind().group(), target.kind().kind())
                    .ifPresent(r -> targetTables.add(r.group() + "/" + r.plural()));
        }
    }

    private void schedule(ObjectKey hpa, ControllerContext context) {
        if (pending.add(hpa)) {
            context.schedule(context.readyDelay(), () -> {
                pending.remove(hpa);
                reconcile(hpa, context);
            });
        }
    }

    private static void reconcile(ObjectKey key, ControllerContext context) {
        ObjectService api = context.api();
        Optional<MapNode> hpa = api.store().get(key).map(StoredObject::object);
        MapNode spec = hpa.flatMap(h -> h.getMap("spec")).orElse(MapNode.empty());
        if (hpa.isEmpty() || Meta.deleting(hpa.get()) || !AutoscalerStatus.boundsValid(spec)) {
            return;
        }
        ScaleTargets.Lookup lookup = ScaleTargets.lookup(api.registry(), api.store(), key.namespace(),
                spec.getMap("scaleTargetRef").orElse(MapNode.empty()));
        AutoscalerStatus.Decision decision = AutoscalerStatus.decide(hpa.get(), lookup,
                Meta.timestamp(context.clock().instant()));
        if (decision.rescaleTo().isPresent() && !rescale((ScaleTargets.Found) lookup, decision.rescaleTo().getAsLong(), api)) {
            return;
        }
        MapNode old = hpa.get().getMap("status").orElse(MapNode.empty());
        if (decision.status().equals(old)) {
            return;
        }
        ApiResource hpas = Resources.of(api.registry(), GROUP, PLURAL).orElseThrow();
        boolean written = Writes.attempt(() -> api.update(hpas, key.namespace(), key.name(),
                Versions.as(hpas, hpa.get()).with("status", decision.status()), AS_CONTROLLER,
                ApiResource.Subresource.STATUS));
        if (written) {
            recordEvent(context, hpa.get(), decision);
        }
    }

    /** Writes {@code replicas} through the target's scale subresource; false when the target changed meanwhile. */
    private static boolean rescale(ScaleTargets.Found found, long replicas, ObjectService api) {
        MapNode target = found.target();
        MapNode spec = target.getMap("spec").orElse(MapNode.empty()).with("replicas", Node.of(replicas));
        return Writes.attempt(() -> api.update(found.resource(), Meta.namespace(target), Meta.name(target),
                Versions.as(found.resource(), target).with("spec", spec), AS_CONTROLLER, ApiResource.Subresource.SCALE));
    }

    private static void recordEvent(ControllerContext context, MapNode hpa, AutoscalerStatus.Decision decision) {
        EventRecorder recorder = EventRecorder.of(context, COMPONENT);
        if (decision.scaleError() != null) {
            recorder.warning(hpa, "FailedGetScale", decision.scaleError());
        } else if (decision.rescaleTo().isPresent()) {
            recorder.normal(hpa, "SuccessfulRescale", "New size: " + decision.rescaleTo().getAsLong() + "; reason: "
                    + decision.rescaleReason());
        }
    }
}
