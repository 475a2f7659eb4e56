package dev.windlass.kustomize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.windlass.model.codec.CodecLimits;
import dev.windlass.model.codec.ScalarSchema;
import dev.windlass.model.codec.YamlReader;
import dev.windlass.model.patch.MergeSchema;
import dev.windlass.model.patch.PatchException;
import dev.windlass.model.tree.MapNode;

/**
 * Resources for the {@link KyamlMerge} tables, and the check they share. Every expected result in
 * the tables was printed by {@code kubectl kustomize} (kustomize v5.5.0) for the resource with the
 * patch in a {@code patches} entry; expected failures are written {@code ERROR <message>}, a
 * deleted resource as an empty string.
 */
final class KyamlMergeFixtures {

    private static final YamlReader YAML = YamlReader.create(CodecLimits.DEFAULT, ScalarSchema.YAML_1_2).withoutPositions();

    static final String DEP = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
            spec:
              template:
                spec:
                  containers:
                  - name: app
                    image: app:1
                    env:
                    - {name: A, value: a}
                    - {name: B, value: b}
                  - name: envoy
                    image: envoy:1
            """;

    static final String PORTS = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
            spec:
              template:
                spec:
                  containers:
                  - name: app
                    ports:
                    - containerPort: 80
                    - containerPort: 53
                      protocol: UDP
            """;

    static final String VOL = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
            spec:
              template:
                spec:
                  containers:
                  - name: app
                    volumeMounts:
                    - {name: v1, mountPath: /a}
                    - {name: v2, mountPath: /b}
                    args: [x, y]
                  volumes:
                  - {name: v1, emptyDir: {}}
                  - {name: v2, emptyDir: {}}
                  imagePullSecrets:
                  - name: s1
                  tolerations:
                  - {key: k1, operator: Exists}
            """;

    static final String FIN = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
              finalizers: [a, b]
              labels: {app: web, tier: front}
            spec:
              replicas: 1
              strategy:
                type: RollingUpdate
                rollingUpdate: {maxSurge: 1}
            """;

    static final String CR = """
            apiVersion: example.com/v1
            kind: Widget
            metadata:
              name: web
              finalizers: [a]
            spec:
              items:
              - {name: a, value: 1}
              - {name: b, value: 2}
              nested:
                keep: 1
                deep: {k: v}
              template:
                apiVersion: apps/v1
                kind: Deployment
                spec:
                  template:
                    spec:
                      containers:
                      - {name: a, image: a}
            """;

    private KyamlMergeFixtures() {
    }

    static MapNode yaml(String text) {
        return (MapNode) YAML.read("test.yaml", text).documents().get(0).content();
    }

    /** Merges {@code patch} into {@code resource} and checks the result against what kustomize printed. */
    static void assertMergesLikeKustomize(String resource, String patch, String expected) {
        if (expected.startsWith("ERROR ")) {
            assertThatThrownBy(() -> KyamlMerge.apply(yaml(resource), yaml(patch), MergeSchema.builtin()))
                    .isInstanceOf(PatchException.class).hasMessageContaining(expected.substring("ERROR ".length()));
        } else if (expected.isEmpty()) {
            assertThat(KyamlMerge.apply(yaml(resource), yaml(patch), MergeSchema.builtin())).isEmpty();
        } else {
            assertThat(KyamlMerge.apply(yaml(resource), yaml(patch), MergeSchema.builtin())).contains(yaml(expected));
        }
    }
}
