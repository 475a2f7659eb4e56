package dev.windlass.sandbox.defaults;

import dev.windlass.model.tree.MapNode;
import dev.windlass.sandbox.api.Admission;
import dev.windlass.sandbox.api.Operation;
import dev.windlass.sandbox.resource.ApiResource;
import java.util.Map;

/**
 * Fills in the defaults kube-apiserver 1.31 gives built-in kinds, on every create and update, so an
 * object read back from the sandbox carries the server-populated fields (a Deployment's strategy,
 * a container's termination message path, a Job's generated selector ...) that a GitOps diff must
 * learn to ignore. Runs first in the admission chain, before allocation and validation.
 *
 * <p>Defaulting never replaces a value the client set; as on the real server, Go's zero values of
 * non-pointer fields ({@code ""}, {@code 0}) count as unset. Defaults are appended after the
 * client's keys, and defaulting an already defaulted object changes nothing. Services and
 * Namespaces are defaulted by their own admission steps; custom resources are left alone.
 */
public final class DefaultingAdmission implements Admission {

    /** How one kind is defaulted: the object, whether this is a create, and the served version. */
    @FunctionalInterface
    private interface KindDefaults {
        MapNode apply(MapNode object, boolean create, String version);
    }

    private static final Map<String, KindDefaults> KINDS = Map.ofEntries(
            Map.entry("/Pod", (o, c, v) -> WorkloadDefaults.pod(o, c)),
            Map.entry("/PodTemplate", (o, c, v) -> WorkloadDefaults.podTemplate(o)),
            Map.entry("/ReplicationController", (o, c, v) -> WorkloadDefaults.replicationController(o)),
            Map.entry("/Secret", (o, c, v) -> ResourceDefaults.secret(o)),
            Map.entry("/PersistentVolumeClaim", (o, c, v) -> ResourceDefaults.persistentVolumeClaim(o)),
            Map.entry("/PersistentVolume", (o, c, v) -> ResourceDefaults.persistentVolume(o)),
            Map.entry("apps/Deployment", (o, c, v) -> WorkloadDefaults.deployment(o)),
            Map.entry("apps/ReplicaSet", (o, c, v) -> WorkloadDefaults.replicaSet(o)),
            Map.entry("apps/StatefulSet", (o, c, v) -> WorkloadDefaults.statefulSet(o)),
            Map.entry("apps/DaemonSet", (o, c, v) -> WorkloadDefaults.daemonSet(o)),
            Map.entry("batch/Job", (o, c, v) -> BatchDefaults.job(o, c)),
            Map.entry("batch/CronJob", (o, c, v) -> BatchDefaults.cronJob(o)),
            Map.entry("autoscaling/HorizontalPodAutoscaler", (o, c, v) -> AutoscalerDefaults.autoscaler(o, v)),
            Map.entry("networking.k8s.io/NetworkPolicy", (o, c, v) -> ResourceDefaults.networkPolicy(o)),
            Map.entry("networking.k8s.io/IngressClass", (o, c, v) -> ResourceDefaults.ingressClass(o)),
            Map.entry(ResourceDefaults.RBAC_GROUP + "/RoleBinding", (o, c, v) -> ResourceDefaults.binding(o)),
            Map.entry(ResourceDefaults.RBAC_GROUP + "/ClusterRoleBinding", (o, c, v) -> ResourceDefaults.binding(o)));

    @Override
    public MapNode admit(Operation operation, ApiResource resource, MapNode old, MapNode incoming) {
        if (operation == Operation.DELETE) {
            return incoming;
        }
        KindDefaults defaults = KINDS.get(resource.group() + "/" + resource.kind());
        return defaults == null ? incoming : defaults.apply(incoming, operation == Operation.CREATE, resource.version());
    }

    /** Whether objects of {@code resource} get defaults from this step. */
    public static boolean defaults(ApiResource resource) {
        return KINDS.containsKey(resource.group() + "/" + resource.kind());
    }
}
