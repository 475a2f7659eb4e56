package dev.windlass.kustomize;

import static dev.windlass.kustomize.KustomizeFixtures.built;
import static dev.windlass.kustomize.KustomizeFixtures.files;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Behaviours found by building real-world kustomizations (operator scaffolds, platform manifests)
 * with both kubectl kustomize v5.5.0 and Windlass; each expectation is what kubectl printed.
 */
class KustomizerRealWorldParityTest {

    private static String yaml(dev.windlass.model.snapshot.MemorySnapshot snapshot, String path) {
        return KustomizeOutput.yaml(built(snapshot, path));
    }

    @Test
    void patchWithoutTarget_findsObjectByItsNameAndNamespaceBeforeTheBaseRenamedAndMovedIt() {
        var snapshot = files(
                "base/kustomization.yaml", """
                        namespace: ns1
                        namePrefix: p-
                        resources:
                        - d.yaml
                        """,
                "base/d.yaml", """
                        apiVersion: apps/v1
                        kind: Deployment
                        metadata:
                          name: dep
                          namespace: system
                        spec:
                          replicas: 1
                        """,
                "ov/kustomization.yaml", """
                        resources:
                        - ../base
                        patches:
                        - path: p.yaml
                        """,
                "ov/p.yaml", """
                        apiVersion: apps/v1
                        kind: Deployment
                        metadata:
                          name: dep
                          namespace: system
                        spec:
                          replicas: 3
                        """);

        assertThat(yaml(snapshot, "ov")).isEqualTo("""
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: p-dep
                  namespace: ns1
                spec:
                  replicas: 3
                """);
    }
    @Test
    void resourceMetadata_labelsKeepTheirTypeAndAnnotationsBecomeTheTextTheyWereWrittenAs() {
        var snapshot = files(
                "app/kustomization.yaml", """
                        resources:
                        - cm.yaml
                        """,
                "app/cm.yaml", """
                        apiVersion: v1
                        kind: ConfigMap
                        metadata:
                          name: x
                          labels:
                            a: 0
                            b: true
                            s: yes
                          annotations:
                            h: 0x1F
                            i: 1_000 # a comment
                            "j/k": 1.50
                            n: null
                            t: True
                            q: "7"
                            f: {inline: 1}
                        """);

        assertThat(yaml(snapshot, "app")).isEqualTo("""
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  annotations:
                    f: ""
                    h: "0x1F"
                    i: "1_000"
                    j/k: "1.50"
                    "n": "null"
                    q: "7"
                    t: "True"
                  labels:
                    a: 0
                    b: true
                    s: "yes"
                  name: x
                """);
    }
    @Test
    void legacyOrder_comparesNamespaceAndNameAsOneTextAndPutsCoreNamespacesFirst() {
        var snapshot = files(
                "app/kustomization.yaml", "resources:\n- all.yaml\n",
                "app/all.yaml", """
                        apiVersion: v1
                        kind: Service
                        metadata:
                          name: cache
                          namespace: kubeflow
                        ---
                        apiVersion: v1
                        kind: Service
                        metadata:
                          name: allow
                          namespace: kubeflow-system
                        ---
                        apiVersion: v1
                        kind: Namespace
                        metadata:
                          name: n1
                        ---
                        apiVersion: example.com/v1
                        kind: Namespace
                        metadata:
                          name: n2
                        ---
                        apiVersion: a.com/v1
                        kind: Namespace
                        metadata:
                          name: n3
                        """);

        assertThat(built(snapshot, "app")).extracting(o -> o.apiVersion() + " " + o.kind() + " " + o.name())
                .containsExactly("v1 Namespace n1", "a.com/v1 Namespace n3", "example.com/v1 Namespace n2",
                        "v1 Service allow", "v1 Service cache");
    }
    @Test
    void namespace_isSetOnKindsKustomizesOpenApiDataDoesNotKnowAsClusterScopedInThatVersion() {
        var snapshot = files(
                "app/kustomization.yaml", "namespace: ns\nresources:\n- all.yaml\n",
                "app/all.yaml", """
                        apiVersion: resource.k8s.io/v1beta1
                        kind: DeviceClass
                        metadata:
                          name: dc
                        ---
                        apiVersion: flowcontrol.apiserver.k8s.io/v1beta1
                        kind: FlowSchema
                        metadata:
                          name: fs-beta1
                        ---
                        apiVersion: flowcontrol.apiserver.k8s.io/v1
                        kind: FlowSchema
                        metadata:
                          name: fs-v1
                        ---
                        apiVersion: authentication.k8s.io/v1
                        kind: TokenReview
                        metadata:
                          name: tr
                        ---
                        apiVersion: rbac.authorization.k8s.io/v1
                        kind: ClusterRole
                        metadata:
                          name: cr
                        """);

        assertThat(built(snapshot, "app")).extracting(o -> o.kind() + " " + o.name() + " " + o.namespace())
                .containsExactly("ClusterRole cr ", "TokenReview tr ns", "FlowSchema fs-v1 ns",
                        "FlowSchema fs-beta1 ", "DeviceClass dc ns");
    }
    @Test
    void resources_anyKindEndingInListWithItemsStandsForItsItemsTakenAfterTheFilesOtherDocuments() {
        var snapshot = files(
                "app/kustomization.yaml", "sortOptions:\n  order: fifo\nresources:\n- all.yaml\n",
                "app/all.yaml", """
                        apiVersion: rbac.authorization.k8s.io/v1
                        kind: RoleList
                        items:
                        - apiVersion: rbac.authorization.k8s.io/v1
                          kind: Role
                          metadata:
                            name: r1
                            namespace: a
                        - apiVersion: v1
                          kind: List
                          items:
                          - apiVersion: v1
                            kind: ConfigMap
                            metadata:
                              name: inner
                        ---
                        apiVersion: v1
                        kind: Service
                        metadata:
                          name: s
                        ---
                        apiVersion: v1
                        kind: ConfigMapList
                        items: null
                        ---
                        apiVersion: example.com/v1
                        kind: WidgetList
                        metadata:
                          name: wl
                        spec: {}
                        """);

        assertThat(built(snapshot, "app")).extracting(o -> o.kind() + " " + o.name())
                .containsExactly("Service s", "WidgetList wl", "Role r1", "ConfigMap inner");
    }
}
