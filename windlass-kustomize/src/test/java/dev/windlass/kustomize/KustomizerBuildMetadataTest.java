package dev.windlass.kustomize;

import static dev.windlass.kustomize.KustomizeFixtures.built;
import static dev.windlass.kustomize.KustomizeFixtures.files;
import static dev.windlass.kustomize.KustomizeFixtures.only;
import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.model.KubeObject;
import dev.windlass.model.snapshot.MemorySnapshot;
import java.util.List;
import org.junit.jupiter.api.Test;

/** buildMetadata: origin and transformer annotations and the managed-by label, as kustomize v5.5.0 writes them. */
class KustomizerBuildMetadataTest {

    private static final String DEPLOY = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
            spec:
              replicas: 1
              template:
                spec:
                  containers:
                  - name: web
                    image: nginx:1.25
            """;

    private static final String SERVICE = """
            apiVersion: v1
            kind: Service
            metadata:
              name: web
            spec:
              ports:
              - port: 80
            """;

    /** A base with a prefix and an image tag suffix, an overlay with three kinds of transformers entries. */
    static MemorySnapshot layered(String buildMetadata) {
        return files(
                "base/kustomization.yaml", "namePrefix: b-\nresources: [deploy.yaml]\nimages:\n- name: nginx\n  tagSuffix: -debug\n",
                "base/deploy.yaml", DEPLOY,
                "overlay/kustomization.yaml", """
                        resources:
                        - ../base
                        - svc.yaml
                        buildMetadata: %s
                        transformers:
                        - suffix.yaml
                        - tdir
                        - |-
                          apiVersion: builtin
                          kind: LabelTransformer
                          metadata:
                            name: inline-labels
                          labels:
                            team: blue
                          fieldSpecs:
                          - path: metadata/labels
                            create: true
                          - path: spec/selector
                            kind: Service
                            create: true
                        commonAnnotations:
                          note: hi
                        """.formatted(buildMetadata),
                "overlay/svc.yaml", SERVICE,
                "overlay/suffix.yaml", """
                        apiVersion: builtin
                        kind: PrefixSuffixTransformer
                        metadata:
                          name: sfx
                        prefix: p-
                        suffix: -s
                        fieldSpecs:
                        - path: metadata/name
                          kind: Deployment
                        """,
                "overlay/tdir/kustomization.yaml", "resources: [images.yaml]\n",
                "overlay/tdir/images.yaml", """
                        apiVersion: builtin
                        kind: ImageTagTransformer
                        metadata:
                          name: img
                        imageTag:
                          name: nginx
                          newTag: "1.27"
                        fieldSpecs:
                        - path: spec/template/spec/containers[]/image
                          kind: Deployment
                        ---
                        apiVersion: builtin
                        kind: ReplicaCountTransformer
                        metadata:
                          name: rep
                        replica:
                          name: web
                          count: 3
                        fieldSpecs:
                        - path: spec/replicas
                          kind: Deployment
                          create: true
                        """);
    }

    /** What kubectl kustomize (v5.5.0) printed for {@link #layered}, with the release binary's managed-by value. */
    private static final String LAYERED_ALL = """
            apiVersion: v1
            kind: Service
            metadata:
              annotations:
                alpha.config.kubernetes.io/transformations: |
                  - configuredIn: kustomization.yaml
                    configuredBy:
                      apiVersion: builtin
                      kind: AnnotationsTransformer
                  - configuredIn: kustomization.yaml
                    configuredBy:
                      apiVersion: builtin
                      kind: LabelTransformer
                      name: inline-labels
                  - configuredIn: suffix.yaml
                    configuredBy:
                      apiVersion: builtin
                      kind: PrefixSuffixTransformer
                      name: sfx
                  - configuredIn: tdir/images.yaml
                    configuredBy:
                      apiVersion: builtin
                      kind: ImageTagTransformer
                      name: img
                  - configuredIn: tdir/images.yaml
                    configuredBy:
                      apiVersion: builtin
                      kind: ReplicaCountTransformer
                      name: rep
                config.kubernetes.io/origin: |
                  path: svc.yaml
                note: hi
              labels:
                app.kubernetes.io/managed-by: kustomize-v5.5.0
                team: blue
              name: web
            spec:
              ports:
              - port: 80
              selector:
                team: blue
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              annotations:
                alpha.config.kubernetes.io/transformations: |
                  - configuredIn: ../base/kustomization.yaml
                    configuredBy:
                      apiVersion: builtin
                      kind: PrefixTransformer
                  - configuredIn: ../base/kustomization.yaml
                    configuredBy:
                      apiVersion: builtin
                      kind: ImageTagTransformer
                  - configuredIn: kustomization.yaml
                    configuredBy:
                      apiVersion: builtin
                      kind: AnnotationsTransformer
                  - configuredIn: kustomization.yaml
                    configuredBy:
                      apiVersion: builtin
                      kind: LabelTransformer
                      name: inline-labels
                  - configuredIn: suffix.yaml
                    configuredBy:
                      apiVersion: builtin
                      kind: PrefixSuffixTransformer
                      name: sfx
                  - configuredIn: tdir/images.yaml
                    configuredBy:
                      apiVersion: builtin
                      kind: ImageTagTransformer
                      name: img
                  - configuredIn: tdir/images.yaml
                    configuredBy:
                      apiVersion: builtin
                      kind: ReplicaCountTransformer
                      name: rep
                config.kubernetes.io/origin: |
                  path: ../base/deploy.yaml
                note: hi
              labels:
                app.kubernetes.io/managed-by: kustomize-v5.5.0
                team: blue
              name: p-b-web-s
            spec:
              replicas: 3
              template:
                metadata:
                  annotations:
                    note: hi
                spec:
                  containers:
                  - image: nginx:1.27
                    name: web
            """;

    @Test
    void allOptions_annotateOriginsAndEveryTransformerAndLabelLikeKustomize() {
        List<KubeObject> objects = built(layered("[originAnnotations, transformerAnnotations, managedByLabel]"), "overlay");

        assertThat(KustomizeOutput.yaml(objects)).isEqualTo(LAYERED_ALL);
    }

    @Test
    void originAnnotationsOnly_dropsTransformationsButKeepsOrigins() {
        KubeObject deployment = only(built(layered("[originAnnotations]"), "overlay"), "Deployment");

        assertThat(deployment.annotations()).containsOnlyKeys(BuildMetadata.ORIGIN, "note");
        assertThat(deployment.annotation(BuildMetadata.ORIGIN)).contains("path: ../base/deploy.yaml\n");
        assertThat(deployment.labels()).doesNotContainKey(BuildMetadata.MANAGED_BY);
    }

    @Test
    void noBuildMetadata_removesOriginAnnotationsTheInputHadAndEmptiedAnnotationMaps() {
        String annotated = """
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: c
                  annotations:
                    config.kubernetes.io/origin: "path: elsewhere.yaml"
                """;
        KubeObject cm = only(built(files("kustomization.yaml", "resources: [cm.yaml]\n", "cm.yaml", annotated), ""),
                "ConfigMap");

        assertThat(cm.metadata().containsKey("annotations")).isFalse();
    }

    @Test
    void buildMetadataOfABase_isIgnored() {
        MemorySnapshot snapshot = files(
                "base/kustomization.yaml", "resources: [svc.yaml]\nbuildMetadata: [originAnnotations, managedByLabel]\n",
                "base/svc.yaml", SERVICE,
                "overlay/kustomization.yaml", "resources: [../base]\n");

        KubeObject service = only(built(snapshot, "overlay"), "Service");

        assertThat(service.annotations()).isEmpty();
        assertThat(service.labels()).isEmpty();
    }

    @Test
    void managedByLabel_aloneAddsOnlyTheLabel() {
        KubeObject service = only(built(files("kustomization.yaml", "resources: [svc.yaml]\nbuildMetadata: [managedByLabel]\n"
                + "namePrefix: x-\n", "svc.yaml", SERVICE), ""), "Service");

        assertThat(service.labels()).containsExactly(java.util.Map.entry(BuildMetadata.MANAGED_BY, "kustomize-v5.5.0"));
        assertThat(service.annotations()).isEmpty();
    }
}
