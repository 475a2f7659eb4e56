package dev.windlass.kustomize;

import dev.windlass.kustomize.TransformerConfig.NameBackReference;
import java.util.ArrayList;
import java.util.List;

/**
 * kustomize's built-in name reference table: for each kind whose name other objects mention
 * (ConfigMap, Secret, ServiceAccount, Service, roles, volumes, classes, scaled workloads …), the
 * fields of the kinds that mention it. The pod template fields are laid out once and repeated for
 * every kind that holds a pod template, as kustomize's table lists them.
 */
final class NameReferenceTable {

    private static final String RBAC = "rbac.authorization.k8s.io";
    private static final String ADMISSION = "admissionregistration.k8s.io";

    /** Kinds with a pod template at {@code spec/template}, besides Pod, PodTemplate and CronJob. */
    private static final List<String> TEMPLATED = List.of("Deployment", "ReplicaSet", "DaemonSet", "StatefulSet", "Job");

    /** Kinds whose pod template fields name service accounts, claims and priority classes. */
    private static final List<String> TEMPLATED_CONTROLLERS =
            List.of("StatefulSet", "Deployment", "ReplicationController", "Job", "DaemonSet");

    static final List<NameBackReference> BUILTIN = List.of(
            scaled("Deployment"), scaled("ReplicationController"), scaled("ReplicaSet"), scaled("StatefulSet"),
            new NameBackReference("", "v1", "ConfigMap", configMapReferrers()),
            new NameBackReference("", "v1", "Secret", secretReferrers()),
            new NameBackReference("", "v1", "Service", serviceReferrers()),
            new NameBackReference(RBAC, "", "Role", List.of(spec(RBAC, "", "RoleBinding", "roleRef/name"))),
            new NameBackReference(RBAC, "", "ClusterRole", List.of(spec(RBAC, "", "RoleBinding", "roleRef/name"),
                    spec(RBAC, "", "ClusterRoleBinding", "roleRef/name"))),
            new NameBackReference("", "v1", "ServiceAccount", serviceAccountReferrers()),
            new NameBackReference("", "v1", "PersistentVolumeClaim", podSpecReferrers(
                    "volumes/persistentVolumeClaim/claimName")),
            new NameBackReference("", "v1", "PersistentVolume", List.of(
                    spec("", "", "PersistentVolumeClaim", "spec/volumeName"),
                    spec("", "", "ClusterRole", "rules/resourceNames"))),
            new NameBackReference("storage.k8s.io", "v1", "StorageClass", List.of(
                    spec("", "", "PersistentVolume", "spec/storageClassName"),
                    spec("", "", "PersistentVolumeClaim", "spec/storageClassName"),
                    spec("", "", "StatefulSet", "spec/volumeClaimTemplates/spec/storageClassName"))),
            new NameBackReference("scheduling.k8s.io", "v1", "PriorityClass", podSpecReferrers("priorityClassName")),
            // kustomize's table gives IngressClass the group "networking.k8s.io/v1", which no object has.
            new NameBackReference("networking.k8s.io/v1", "v1", "IngressClass",
                    List.of(spec("", "", "Ingress", "spec/ingressClassName"))),
            new NameBackReference(ADMISSION, "", "ValidatingAdmissionPolicy",
                    List.of(spec(ADMISSION, "", "ValidatingAdmissionPolicyBinding", "spec/policyName"))));

    private NameReferenceTable() {
    }

    private static NameBackReference scaled(String kind) {
        return new NameBackReference("", "", kind,
                List.of(spec("", "", "HorizontalPodAutoscaler", "spec/scaleTargetRef/name")));
    }

    private static List<FieldSpec> configMapReferrers() {
        List<FieldSpec> out = new ArrayList<>(podTemplateReferrers(List.of("volumes/configMap/name",
                "containers/env/valueFrom/configMapKeyRef/name", "initContainers/env/valueFrom/configMapKeyRef/name",
                "containers/envFrom/configMapRef/name", "initContainers/envFrom/configMapRef/name",
                "volumes/projected/sources/configMap/name")));
        out.add(spec("", "", "Node", "spec/configSource/configMap"));
        out.add(spec("", "", "Role", "rules/resourceNames"));
        out.add(spec("", "", "ClusterRole", "rules/resourceNames"));
        out.add(spec("", "", "Ingress", "metadata/annotations/nginx.ingress.kubernetes.io\\/fastcgi-params-configmap"));
        return out;
    }

    private static List<FieldSpec> secretReferrers() {
        List<FieldSpec> out = new ArrayList<>(podTemplateReferrers(List.of("volumes/secret/secretName",
                "containers/env/valueFrom/secretKeyRef/name", "initContainers/env/valueFrom/secretKeyRef/name",
                "containers/envFrom/secretRef/name", "initContainers/envFrom/secretRef/name", "imagePullSecrets/name",
                "volumes/projected/sources/secret/name")));
        out.add(spec("", "", "Ingress", "spec/tls/secretName"));
        out.add(spec("", "", "Ingress", "metadata/annotations/ingress.kubernetes.io\\/auth-secret"));
        out.add(spec("", "", "Ingress", "metadata/annotations/nginx.ingress.kubernetes.io\\/auth-secret"));
        out.add(spec("", "", "Ingress", "metadata/annotations/nginx.ingress.kubernetes.io\\/auth-tls-secret"));
        out.add(spec("", "", "ServiceAccount", "imagePullSecrets/name"));
        for (String parameter : List.of("secretName", "adminSecretName", "userSecretName", "secretRef")) {
            out.add(spec("", "", "StorageClass", "parameters/" + parameter));
        }
        out.add(spec("", "", "Role", "rules/resourceNames"));
        out.add(spec("", "", "ClusterRole", "rules/resourceNames"));
        out.add(spec("serving.knative.dev", "v1", "Service", "spec/template/spec/containers/env/valueFrom/secretKeyRef/name"));
        out.add(spec("", "", "PersistentVolume", "spec/azureFile/secretName"));
        return out;
    }

    private static List<FieldSpec> serviceReferrers() {
        return List.of(spec("apps", "", "StatefulSet", "spec/serviceName"),
                spec("", "", "Ingress", "spec/rules/http/paths/backend/serviceName"),
                spec("", "", "Ingress", "spec/backend/serviceName"),
                spec("", "", "Ingress", "spec/rules/http/paths/backend/service/name"),
                spec("", "", "Ingress", "spec/defaultBackend/service/name"),
                spec("apiregistration.k8s.io", "", "APIService", "spec/service/name"),
                spec(ADMISSION, "", "ValidatingWebhookConfiguration", "webhooks/clientConfig/service"),
                spec(ADMISSION, "", "MutatingWebhookConfiguration", "webhooks/clientConfig/service"));
    }

    private static List<FieldSpec> serviceAccountReferrers() {
        List<FieldSpec> out = new ArrayList<>();
        out.add(spec(RBAC, "", "RoleBinding", "subjects"));
        out.add(spec(RBAC, "", "ClusterRoleBinding", "subjects"));
        out.addAll(podSpecReferrers("serviceAccountName"));
        return out;
    }

    /** A pod spec field of Pod, the template controllers and CronJob (no ReplicaSet, no PodTemplate). */
    private static List<FieldSpec> podSpecReferrers(String tail) {
        List<FieldSpec> out = new ArrayList<>();
        out.add(spec("", "", "Pod", "spec/" + tail));
        TEMPLATED_CONTROLLERS.forEach(kind -> out.add(spec("", "", kind, "spec/template/spec/" + tail)));
        out.add(spec("", "", "CronJob", "spec/jobTemplate/spec/template/spec/" + tail));
        return out;
    }

    /** Pod spec fields of v1 Pods, PodTemplates, the templated workloads and CronJobs. */
    private static List<FieldSpec> podTemplateReferrers(List<String> tails) {
        List<FieldSpec> out = new ArrayList<>();
        tails.forEach(tail -> out.add(spec("", "v1", "Pod", "spec/" + tail)));
        tails.forEach(tail -> out.add(spec("", "", "PodTemplate", "template/spec/" + tail)));
        for (String kind : TEMPLATED) {
            tails.forEach(tail -> out.add(spec("", "", kind, "spec/template/spec/" + tail)));
        }
        tails.forEach(tail -> out.add(spec("", "", "CronJob", "spec/jobTemplate/spec/template/spec/" + tail)));
        return out;
    }

    private static FieldSpec spec(String group, String version, String kind, String path) {
        return new FieldSpec(group, version, kind, TransformerConfigReader.splitPath(path), false);
    }
}
