package dev.windlass.kustomize;

import static dev.windlass.kustomize.KustomizeFixtures.built;
import static dev.windlass.kustomize.KustomizeFixtures.files;
import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.model.KubeObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** labels[].fields and images[].tagSuffix, compared with what kubectl kustomize (v5.5.0) printed. */
class KustomizerLabelFieldsAndTagSuffixTest {

    private static final String POD = """
            apiVersion: v1
            kind: Pod
            metadata:
              name: p
            spec:
              containers:
              - name: a
                image: nginx
              - name: b
                image: redis:7@sha256:abc
              - name: c
                image: busybox:1.36
            """;

    private static String build(String fields) {
        List<KubeObject> objects = built(files("kustomization.yaml", "resources: [pod.yaml]\n" + fields, "pod.yaml", POD), "");
        return KustomizeOutput.yaml(objects);
    }

    @Test
    void tagSuffix_isAppendedTwiceToContainerImagesAsKustomizeDoesAndLosesToNewTag() {
        String out = build("""
                images:
                - name: nginx
                  tagSuffix: -x
                - name: redis
                  tagSuffix: -y
                - name: busybox
                  newTag: "2"
                  tagSuffix: -z
                """);

        assertThat(out).contains("image: nginx:-x-x\n", "image: redis:7-y-y\n", "image: busybox:2\n");
    }

    @Test
    void labelFields_writeTheLabelsWhereTheirSpecsSay() {
        String out = build("""
                labels:
                - pairs:
                    a: b
                  includeSelectors: true
                  fields:
                  - path: spec/selector/matchLabels
                    kind: Pod
                    create: true
                """);

        assertThat(out).isEqualTo("""
                apiVersion: v1
                kind: Pod
                metadata:
                  labels:
                    a: b
                  name: p
                spec:
                  containers:
                  - image: nginx
                    name: a
                  - image: redis:7@sha256:abc
                    name: b
                  - image: busybox:1.36
                    name: c
                  selector:
                    matchLabels:
                      a: b
                """);
    }

    @Test
    void labelFields_ofOtherKindsLeaveTheObjectAlone() {
        String out = build("""
                labels:
                - pairs:
                    a: b
                  fields:
                  - path: spec/selector
                    kind: Service
                    create: true
                """);

        assertThat(out).doesNotContain("selector").contains("labels:\n    a: b\n");
    }

    @Test
    void labelFields_needAPath() {
        var result = KustomizeFixtures.build(files("kustomization.yaml",
                "resources: [pod.yaml]\nlabels:\n- pairs: {a: b}\n  fields:\n  - kind: Pod\n", "pod.yaml", POD), "");

        assertThat(result.errors()).singleElement().satisfies(i -> {
            assertThat(i.code()).isEqualTo(KustomizationReader.INVALID);
            assertThat(i.location().toString()).contains("labels[0].fields[0].path");
        });
    }
}
