package dev.windlass.kustomize;

import static dev.windlass.kustomize.KustomizeFixtures.build;
import static dev.windlass.kustomize.KustomizeFixtures.built;
import static dev.windlass.kustomize.KustomizeFixtures.files;
import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.model.Issue;
import dev.windlass.model.KubeObject;
import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.Node;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Name references follow renamed objects, as kustomize's name reference transformer does (outputs checked against kustomize 5.5). */
class KustomizerNameReferencesTest {

    /** A base renames every referral with a prefix; the overlay adds a prefix, a suffix and a namespace. */
    private static final String BASE = """
            apiVersion: v1
            kind: ConfigMap
            metadata: {name: cm}
            ---
            apiVersion: v1
            kind: Secret
            metadata: {name: sec}
            ---
            apiVersion: v1
            kind: ServiceAccount
            metadata: {name: sa}
            ---
            apiVersion: v1
            kind: Service
            metadata: {name: svc}
            ---
            apiVersion: v1
            kind: PersistentVolumeClaim
            metadata: {name: claim}
            spec: {volumeName: vol, storageClassName: fast}
            ---
            apiVersion: v1
            kind: PersistentVolume
            metadata: {name: vol}
            ---
            apiVersion: storage.k8s.io/v1
            kind: StorageClass
            metadata: {name: fast}
            ---
            apiVersion: scheduling.k8s.io/v1
            kind: PriorityClass
            metadata: {name: high}
            ---
            apiVersion: rbac.authorization.k8s.io/v1
            kind: Role
            metadata: {name: r}
            rules:
            - resources: [configmaps, secrets]
              resourceNames: [cm, sec, other]
            ---
            apiVersion: rbac.authorization.k8s.io/v1
            kind: ClusterRole
            metadata: {name: cr}
            ---
            apiVersion: rbac.authorization.k8s.io/v1
            kind: RoleBinding
            metadata: {name: rb}
            roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: cr}
            subjects:
            - {kind: ServiceAccount, name: sa}
            - {kind: User, name: jane}
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: web}
            spec:
              template:
                spec:
                  serviceAccountName: sa
                  priorityClassName: high
                  imagePullSecrets: [{name: sec}]
                  volumes:
                  - {name: a, configMap: {name: cm}}
                  - {name: b, secret: {secretName: sec}}
                  - {name: c, persistentVolumeClaim: {claimName: claim}}
                  - name: d
                    projected:
                      sources: [{configMap: {name: cm}}, {secret: {name: sec}}]
                  containers:
                  - name: c
                    envFrom: [{configMapRef: {name: cm}}, {secretRef: {name: sec}}]
                    env:
                    - {name: X, valueFrom: {configMapKeyRef: {name: cm, key: k}}}
                    - {name: Y, valueFrom: {secretKeyRef: {name: sec, key: k}}}
            """;

    private static final String OVERLAY = """
            apiVersion: autoscaling/v2
            kind: HorizontalPodAutoscaler
            metadata: {name: hpa}
            spec:
              scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: b-web}
            ---
            apiVersion: networking.k8s.io/v1
            kind: Ingress
            metadata:
              name: ing
              annotations:
                nginx.ingress.kubernetes.io/auth-secret: b-sec
            spec:
              ingressClassName: cls
              tls: [{secretName: b-sec}]
              defaultBackend: {service: {name: b-svc}}
            ---
            apiVersion: networking.k8s.io/v1
            kind: IngressClass
            metadata: {name: cls}
            ---
            apiVersion: admissionregistration.k8s.io/v1
            kind: ValidatingWebhookConfiguration
            metadata: {name: vwc}
            webhooks:
            - name: w
              clientConfig:
                service: {name: b-svc, namespace: default, path: /x}
            ---
            apiVersion: admissionregistration.k8s.io/v1
            kind: ValidatingAdmissionPolicy
            metadata: {name: pol}
            ---
            apiVersion: admissionregistration.k8s.io/v1
            kind: ValidatingAdmissionPolicyBinding
            metadata: {name: polb}
            spec: {policyName: pol}
            ---
            apiVersion: v1
            kind: Pod
            metadata: {name: pod}
            spec:
              serviceAccountName: b-sa
            """;

    private static final List<KubeObject> BUILT = built(files(
            "base/kustomization.yaml", "namePrefix: b-\nresources: [r.yaml]\n", "base/r.yaml", BASE,
            "overlay/kustomization.yaml", "namePrefix: o-\nnameSuffix: -s\nnamespace: ns1\nresources: [../base, r.yaml]\n",
            "overlay/r.yaml", OVERLAY), "overlay");

    static Stream<Arguments> references() {
        FieldPath podSpec = FieldPath.of("spec", "template", "spec");
        FieldPath container = podSpec.key("containers").index(0);
        return Stream.of(
                Arguments.of("ConfigMap in a volume", "Deployment", podSpec.key("volumes").index(0).key("configMap").key("name"), "o-b-cm-s"),
                Arguments.of("ConfigMap in envFrom", "Deployment", container.key("envFrom").index(0).key("configMapRef").key("name"), "o-b-cm-s"),
                Arguments.of("ConfigMap key in env", "Deployment", container.key("env").index(0).key("valueFrom").key("configMapKeyRef").key("name"), "o-b-cm-s"),
                Arguments.of("ConfigMap in a projected volume", "Deployment", podSpec.key("volumes").index(3).key("projected").key("sources").index(0).key("configMap").key("name"), "o-b-cm-s"),
                Arguments.of("Secret in a volume", "Deployment", podSpec.key("volumes").index(1).key("secret").key("secretName"), "o-b-sec-s"),
                Arguments.of("Secret key in env", "Deployment", container.key("env").index(1).key("valueFrom").key("secretKeyRef").key("name"), "o-b-sec-s"),
                Arguments.of("image pull Secret", "Deployment", podSpec.key("imagePullSecrets").index(0).key("name"), "o-b-sec-s"),
                Arguments.of("Secret in Ingress tls", "Ingress", FieldPath.of("spec", "tls").index(0).key("secretName"), "o-b-sec-s"),
                Arguments.of("Secret in an Ingress annotation", "Ingress", FieldPath.of("metadata", "annotations", "nginx.ingress.kubernetes.io/auth-secret"), "o-b-sec-s"),
                Arguments.of("ServiceAccount of a Deployment", "Deployment", podSpec.key("serviceAccountName"), "o-b-sa-s"),
                Arguments.of("ServiceAccount of a Pod", "Pod", FieldPath.of("spec", "serviceAccountName"), "o-b-sa-s"),
                Arguments.of("PersistentVolumeClaim in a volume", "Deployment", podSpec.key("volumes").index(2).key("persistentVolumeClaim").key("claimName"), "o-b-claim-s"),
                Arguments.of("PersistentVolume of a claim", "PersistentVolumeClaim", FieldPath.of("spec", "volumeName"), "o-b-vol-s"),
                Arguments.of("StorageClass of a claim", "PersistentVolumeClaim", FieldPath.of("spec", "storageClassName"), "o-b-fast-s"),
                Arguments.of("PriorityClass of a Deployment", "Deployment", podSpec.key("priorityClassName"), "o-b-high-s"),
                Arguments.of("ClusterRole in a roleRef", "RoleBinding", FieldPath.of("roleRef", "name"), "o-b-cr-s"),
                Arguments.of("Deployment scaled by an HPA", "HorizontalPodAutoscaler", FieldPath.of("spec", "scaleTargetRef", "name"), "o-b-web-s"),
                Arguments.of("Service of an Ingress backend", "Ingress", FieldPath.of("spec", "defaultBackend", "service", "name"), "o-b-svc-s"),
                Arguments.of("policy of a ValidatingAdmissionPolicyBinding", "ValidatingAdmissionPolicyBinding", FieldPath.of("spec", "policyName"), "o-pol-s"),
                Arguments.of("IngressClass (kustomize's table never matches it)", "Ingress", FieldPath.of("spec", "ingressClassName"), "cls"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("references")
    void nameReference_followsTheReferralsCurrentName(String family, String kind, FieldPath field, String expected) {
        assertThat(text(only(kind), field)).isEqualTo(expected);
    }

    @Test
    void roleResourceNames_updatesEachMatchingStringOfTheList() {
        Node names = only("Role").field(FieldPath.of("rules").index(0).key("resourceNames")).orElseThrow();

        assertThat(names).isEqualTo(Node.list(List.of(Node.of("o-b-cm-s"), Node.of("o-b-sec-s"), Node.of("other"))));
    }

    @Test
    void roleBindingSubject_getsTheServiceAccountsNameAndNamespace() {
        KubeObject binding = only("RoleBinding");

        assertThat(text(binding, FieldPath.of("subjects").index(0).key("name"))).isEqualTo("o-b-sa-s");
        assertThat(text(binding, FieldPath.of("subjects").index(0).key("namespace"))).isEqualTo("ns1");
        assertThat(binding.field(FieldPath.of("subjects").index(1))).contains(Node.stringMap(java.util.Map.of(
                "kind", "User", "name", "jane")));
    }

    @Test
    void webhookService_takesTheServicesNameAndNamespace() {
        FieldPath service = FieldPath.of("webhooks").index(0).key("clientConfig").key("service");
        KubeObject webhook = only("ValidatingWebhookConfiguration");

        assertThat(text(webhook, service.key("name"))).isEqualTo("o-b-svc-s");
        assertThat(text(webhook, service.key("namespace"))).isEqualTo("ns1");
        assertThat(text(webhook, service.key("path"))).isEqualTo("/x");
    }

    @Test
    void roleRef_picksTheKindTheRoleRefNames() {
        String objects = """
                apiVersion: rbac.authorization.k8s.io/v1
                kind: Role
                metadata: {name: same}
                ---
                apiVersion: rbac.authorization.k8s.io/v1
                kind: ClusterRole
                metadata: {name: same}
                ---
                apiVersion: rbac.authorization.k8s.io/v1
                kind: RoleBinding
                metadata: {name: rb}
                roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: same}
                """;
        String kustomization = """
                resources: [r.yaml]
                patches:
                - target: {kind: ClusterRole}
                  patch: '[{"op": "replace", "path": "/metadata/name", "value": "cluster"}]'
                namePrefix: p-
                """;
        List<KubeObject> built = built(files("kustomization.yaml", kustomization, "r.yaml", objects), "");

        assertThat(text(only(built, "RoleBinding"), FieldPath.of("roleRef", "name"))).isEqualTo("p-same");
        assertThat(only(built, "ClusterRole").name()).isEqualTo("p-cluster");
    }

    @Test
    void severalDifferentReferrals_failLikeKustomize() {
        String objects = """
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: cm, namespace: x}
                ---
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: cm, namespace: "y"}
                ---
                apiVersion: rbac.authorization.k8s.io/v1
                kind: ClusterRole
                metadata: {name: reader}
                rules:
                - resources: [configmaps]
                  resourceNames: [cm]
                """;
        String kustomization = """
                namePrefix: p-
                resources: [r.yaml]
                patches:
                - target: {kind: ConfigMap, namespace: "y"}
                  patch: '[{"op": "replace", "path": "/metadata/name", "value": "other"}]'
                """;
        List<Issue> errors = build(files("kustomization.yaml", kustomization, "r.yaml", objects), "").errors();

        assertThat(errors).singleElement().satisfies(issue -> {
            assertThat(issue.code()).isEqualTo(NameReferences.AMBIGUOUS);
            assertThat(issue.message()).contains("found multiple possible referrals: ConfigMap.v1.[noGrp]/p-cm.x, "
                    + "ConfigMap.v1.[noGrp]/p-other.y").contains("'rules/resourceNames'");
        });
    }

    @Test
    void unrenamedObject_isNotAReferral() {
        String objects = """
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: cm}
                ---
                apiVersion: v1
                kind: Pod
                metadata: {name: pod}
                spec:
                  volumes: [{name: v, configMap: {name: cm}}]
                """;
        List<KubeObject> built = built(files("kustomization.yaml", "resources: [r.yaml]\n", "r.yaml", objects), "");

        assertThat(text(only(built, "Pod"), FieldPath.of("spec", "volumes").index(0).key("configMap").key("name")))
                .isEqualTo("cm");
    }

    @Test
    void localConfig_feedsReferencesAndIsDropped() {
        String objects = """
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: cm
                  annotations: {config.kubernetes.io/local-config: "true"}
                ---
                apiVersion: v1
                kind: Pod
                metadata: {name: pod}
                spec:
                  volumes: [{name: v, configMap: {name: cm}}]
                """;
        List<KubeObject> built = built(files("kustomization.yaml", "namePrefix: p-\nresources: [r.yaml]\n", "r.yaml",
                objects), "");

        assertThat(built).extracting(KubeObject::kind).containsExactly("Pod");
        assertThat(text(built.get(0), FieldPath.of("spec", "volumes").index(0).key("configMap").key("name")))
                .isEqualTo("p-cm");
    }

    private static KubeObject only(String kind) {
        return KustomizeFixtures.only(BUILT, kind);
    }

    private static KubeObject only(List<KubeObject> objects, String kind) {
        return KustomizeFixtures.only(objects, kind);
    }

    private static String text(KubeObject object, FieldPath field) {
        return object.field(field).flatMap(Node::asText).orElse(null);
    }
}
