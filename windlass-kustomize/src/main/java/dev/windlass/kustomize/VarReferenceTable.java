package dev.windlass.kustomize;

import java.util.List;

/**
 * kustomize's built-in {@code varReference} field specs: the fields where {@code $(VAR)}
 * references are expanded (container args, commands, env values and mount paths of the workload
 * kinds, Ingress hosts, Service ports, NFS servers, labels and annotations). A {@code
 * configurations} file may add more; callers pass the combined list to {@link Vars#resolve}.
 * The entries keep kustomize's own, including its {@code spec/jobTemplate/spec/template/volumes}
 * path for CronJobs.
 */
final class VarReferenceTable {

    static final List<FieldSpec> BUILTIN = List.of(
            FieldSpec.of("", "", "CronJob", "spec/jobTemplate/spec/template/spec/containers/args", false),
            FieldSpec.of("", "", "CronJob", "spec/jobTemplate/spec/template/spec/containers/command", false),
            FieldSpec.of("", "", "CronJob", "spec/jobTemplate/spec/template/spec/containers/env/value", false),
            FieldSpec.of("", "", "CronJob", "spec/jobTemplate/spec/template/spec/containers/volumeMounts/mountPath", false),
            FieldSpec.of("", "", "CronJob", "spec/jobTemplate/spec/template/spec/initContainers/args", false),
            FieldSpec.of("", "", "CronJob", "spec/jobTemplate/spec/template/spec/initContainers/command", false),
            FieldSpec.of("", "", "CronJob", "spec/jobTemplate/spec/template/spec/initContainers/env/value", false),
            FieldSpec.of("", "", "CronJob", "spec/jobTemplate/spec/template/spec/initContainers/volumeMounts/mountPath", false),
            FieldSpec.of("", "", "CronJob", "spec/jobTemplate/spec/template/volumes/nfs/server", false),
            FieldSpec.of("", "", "DaemonSet", "spec/template/spec/containers/args", false),
            FieldSpec.of("", "", "DaemonSet", "spec/template/spec/containers/command", false),
            FieldSpec.of("", "", "DaemonSet", "spec/template/spec/containers/env/value", false),
            FieldSpec.of("", "", "DaemonSet", "spec/template/spec/containers/volumeMounts/mountPath", false),
            FieldSpec.of("", "", "DaemonSet", "spec/template/spec/initContainers/args", false),
            FieldSpec.of("", "", "DaemonSet", "spec/template/spec/initContainers/command", false),
            FieldSpec.of("", "", "DaemonSet", "spec/template/spec/initContainers/env/value", false),
            FieldSpec.of("", "", "DaemonSet", "spec/template/spec/initContainers/volumeMounts/mountPath", false),
            FieldSpec.of("", "", "DaemonSet", "spec/template/spec/volumes/nfs/server", false),
            FieldSpec.of("", "", "Deployment", "spec/template/spec/containers/args", false),
            FieldSpec.of("", "", "Deployment", "spec/template/spec/containers/command", false),
            FieldSpec.of("", "", "Deployment", "spec/template/spec/containers/env/value", false),
            FieldSpec.of("", "", "Deployment", "spec/template/spec/containers/volumeMounts/mountPath", false),
            FieldSpec.of("", "", "Deployment", "spec/template/spec/initContainers/args", false),
            FieldSpec.of("", "", "Deployment", "spec/template/spec/initContainers/command", false),
            FieldSpec.of("", "", "Deployment", "spec/template/spec/initContainers/env/value", false),
            FieldSpec.of("", "", "Deployment", "spec/template/spec/initContainers/volumeMounts/mountPath", false),
            FieldSpec.of("", "", "Deployment", "spec/template/spec/volumes/nfs/server", false),
            FieldSpec.of("", "", "Deployment", "spec/template/metadata/annotations", false),
            FieldSpec.of("", "", "Ingress", "spec/rules/host", false),
            FieldSpec.of("", "", "Ingress", "spec/tls/hosts", false),
            FieldSpec.of("", "", "Ingress", "spec/tls/secretName", false),
            FieldSpec.of("", "", "Job", "spec/template/spec/containers/args", false),
            FieldSpec.of("", "", "Job", "spec/template/spec/containers/command", false),
            FieldSpec.of("", "", "Job", "spec/template/spec/containers/env/value", false),
            FieldSpec.of("", "", "Job", "spec/template/spec/containers/volumeMounts/mountPath", false),
            FieldSpec.of("", "", "Job", "spec/template/spec/initContainers/args", false),
            FieldSpec.of("", "", "Job", "spec/template/spec/initContainers/command", false),
            FieldSpec.of("", "", "Job", "spec/template/spec/initContainers/env/value", false),
            FieldSpec.of("", "", "Job", "spec/template/spec/initContainers/volumeMounts/mountPath", false),
            FieldSpec.of("", "", "Job", "spec/template/spec/volumes/nfs/server", false),
            FieldSpec.of("", "", "Pod", "spec/containers/args", false),
            FieldSpec.of("", "", "Pod", "spec/containers/command", false),
            FieldSpec.of("", "", "Pod", "spec/containers/env/value", false),
            FieldSpec.of("", "", "Pod", "spec/containers/volumeMounts/mountPath", false),
            FieldSpec.of("", "", "Pod", "spec/initContainers/args", false),
            FieldSpec.of("", "", "Pod", "spec/initContainers/command", false),
            FieldSpec.of("", "", "Pod", "spec/initContainers/env/value", false),
            FieldSpec.of("", "", "Pod", "spec/initContainers/volumeMounts/mountPath", false),
            FieldSpec.of("", "", "Pod", "spec/volumes/nfs/server", false),
            FieldSpec.of("", "", "ReplicaSet", "spec/template/spec/containers/args", false),
            FieldSpec.of("", "", "ReplicaSet", "spec/template/spec/containers/command", false),
            FieldSpec.of("", "", "ReplicaSet", "spec/template/spec/containers/env/value", false),
            FieldSpec.of("", "", "ReplicaSet", "spec/template/spec/containers/volumeMounts/mountPath", false),
            FieldSpec.of("", "", "ReplicaSet", "spec/template/spec/initContainers/args", false),
            FieldSpec.of("", "", "ReplicaSet", "spec/template/spec/initContainers/command", false),
            FieldSpec.of("", "", "ReplicaSet", "spec/template/spec/initContainers/env/value", false),
            FieldSpec.of("", "", "ReplicaSet", "spec/template/spec/initContainers/volumeMounts/mountPath", false),
            FieldSpec.of("", "", "ReplicaSet", "spec/template/spec/volumes/nfs/server", false),
            FieldSpec.of("", "", "Service", "spec/ports/port", false),
            FieldSpec.of("", "", "Service", "spec/ports/targetPort", false),
            FieldSpec.of("", "", "StatefulSet", "spec/template/spec/containers/args", false),
            FieldSpec.of("", "", "StatefulSet", "spec/template/spec/containers/command", false),
            FieldSpec.of("", "", "StatefulSet", "spec/template/spec/containers/env/value", false),
            FieldSpec.of("", "", "StatefulSet", "spec/template/spec/containers/volumeMounts/mountPath", false),
            FieldSpec.of("", "", "StatefulSet", "spec/template/spec/initContainers/args", false),
            FieldSpec.of("", "", "StatefulSet", "spec/template/spec/initContainers/command", false),
            FieldSpec.of("", "", "StatefulSet", "spec/template/spec/initContainers/env/value", false),
            FieldSpec.of("", "", "StatefulSet", "spec/template/spec/initContainers/volumeMounts/mountPath", false),
            FieldSpec.of("", "", "StatefulSet", "spec/volumeClaimTemplates/spec/nfs/server", false),
            FieldSpec.of("", "", "PersistentVolume", "spec/nfs/server", false),
            FieldSpec.any("metadata/labels", false),
            FieldSpec.any("metadata/annotations", false));

    private VarReferenceTable() {
    }
}
