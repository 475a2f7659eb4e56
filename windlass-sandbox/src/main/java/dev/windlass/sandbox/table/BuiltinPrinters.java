package dev.windlass.sandbox.table;

import java.util.Map;
import java.util.Optional;

/** The printer of each built-in kind that kube-apiserver prints with its own columns, by group and kind. */
final class BuiltinPrinters {

    private static final Map<String, Printer> BY_KIND = Map.ofEntries(
            Map.entry("/Pod", PodPrinter.PRINTER),
            Map.entry("/Service", NetworkPrinters.SERVICE),
            Map.entry("/Namespace", CorePrinters.NAMESPACE),
            Map.entry("/ConfigMap", CorePrinters.CONFIG_MAP),
            Map.entry("/Secret", CorePrinters.SECRET),
            Map.entry("/ServiceAccount", CorePrinters.SERVICE_ACCOUNT),
            Map.entry("/Node", CorePrinters.NODE),
            Map.entry("/PersistentVolume", CorePrinters.PERSISTENT_VOLUME),
            Map.entry("/PersistentVolumeClaim", CorePrinters.PERSISTENT_VOLUME_CLAIM),
            Map.entry("/Event", EventPrinter.PRINTER),
            Map.entry("events.k8s.io/Event", EventPrinter.PRINTER),
            Map.entry("apps/Deployment", WorkloadPrinters.DEPLOYMENT),
            Map.entry("apps/ReplicaSet", WorkloadPrinters.REPLICA_SET),
            Map.entry("apps/StatefulSet", WorkloadPrinters.STATEFUL_SET),
            Map.entry("apps/DaemonSet", WorkloadPrinters.DAEMON_SET),
            Map.entry("batch/Job", WorkloadPrinters.JOB),
            Map.entry("batch/CronJob", WorkloadPrinters.CRON_JOB),
            Map.entry("networking.k8s.io/Ingress", NetworkPrinters.INGRESS),
            Map.entry("autoscaling/HorizontalPodAutoscaler", AutoscalerPrinter.PRINTER),
            Map.entry("policy/PodDisruptionBudget", AccessPrinters.POD_DISRUPTION_BUDGET),
            Map.entry("rbac.authorization.k8s.io/RoleBinding", AccessPrinters.ROLE_BINDING),
            Map.entry("rbac.authorization.k8s.io/ClusterRoleBinding", AccessPrinters.CLUSTER_ROLE_BINDING),
            Map.entry("storage.k8s.io/StorageClass", AccessPrinters.STORAGE_CLASS),
            Map.entry("coordination.k8s.io/Lease", AccessPrinters.LEASE));

    private BuiltinPrinters() {
    }

    static Optional<Printer> forKind(String group, String kind) {
        return Optional.ofNullable(BY_KIND.get(group + "/" + kind));
    }
}
