package dev.windlass.kustomize;

import static dev.windlass.kustomize.KustomizeFixtures.built;
import static dev.windlass.kustomize.KustomizeFixtures.files;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Fields written with an empty value ({@code key:}): kustomize prints them as {@code null}, but a
 * strategic merge patch drops them from every object it patches, while it keeps {@code null} and
 * {@code ~} written out. Expectations are the output of {@code kubectl kustomize} (v5.5.0).
 */
class KustomizerEmptyValuesTest {

    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: a
            spec:
              template:
                spec:
                  affinity:
                    nodeAffinity:
                      requiredDuringSchedulingIgnoredDuringExecution:
                      preferredDuringSchedulingIgnoredDuringExecution: null
                  containers:
                  - name: x
                    image: y
                    args:
                    env:
            """;

    private static final String REPLICAS_PATCH = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: a
            spec:
              replicas: 2
            """;

    private static String build(String kustomization, String... more) {
        String[] all = new String[4 + more.length];
        all[0] = "kustomization.yaml";
        all[1] = kustomization;
        all[2] = "d.yaml";
        all[3] = DEPLOYMENT;
        System.arraycopy(more, 0, all, 4, more.length);
        return KustomizeOutput.yaml(built(files(all), ""));
    }

    @Test
    void strategicMergePatch_dropsFieldsWrittenEmpty_keepsNullsWrittenOut() {
        String out = build("resources: [d.yaml]\npatches: [{path: p.yaml}]\n", "p.yaml", REPLICAS_PATCH);

        assertThat(out).isEqualTo("""
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: a
                spec:
                  replicas: 2
                  template:
                    spec:
                      affinity:
                        nodeAffinity:
                          preferredDuringSchedulingIgnoredDuringExecution: null
                      containers:
                      - image: "y"
                        name: x
                """);
    }

    @Test
    void noPatch_printsFieldsWrittenEmptyAsNull() {
        String out = build("resources: [d.yaml]\n");

        assertThat(out).isEqualTo("""
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: a
                spec:
                  template:
                    spec:
                      affinity:
                        nodeAffinity:
                          preferredDuringSchedulingIgnoredDuringExecution: null
                          requiredDuringSchedulingIgnoredDuringExecution: null
                      containers:
                      - args: null
                        env: null
                        image: "y"
                        name: x
                """);
    }

    @Test
    void jsonPatch_keepsFieldsWrittenEmpty_evenForALaterStrategicMerge() {
        String out = build("""
                resources: [d.yaml]
                patches:
                - target: {kind: Deployment}
                  patch: '[{op: add, path: /spec/replicas, value: 2}]'
                - path: p.yaml
                """, "p.yaml", REPLICAS_PATCH);

        assertThat(out).isEqualTo("""
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: a
                spec:
                  replicas: 2
                  template:
                    spec:
                      affinity:
                        nodeAffinity:
                          preferredDuringSchedulingIgnoredDuringExecution: null
                          requiredDuringSchedulingIgnoredDuringExecution: null
                      containers:
                      - args: null
                        env: null
                        image: "y"
                        name: x
                """);
    }

    @Test
    void patchesStrategicMerge_dropsEmptyValuesInMergedListItems_notInReplacedLists() {
        String resources = """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: a
                spec:
                  template:
                    spec:
                      tolerations:
                      - key: k
                        value:
                        effect: ~
                      volumes:
                      - name: v
                        emptyDir:
                      - name: w
                        emptyDir: # c
                      containers:
                      - name: x
                        image: y
                        args:
                        env: !!null
                        command:
                          ~
                        workingDir: Null
                        ports:
                        - containerPort: 80
                          hostIP:
                ---
                apiVersion: example.com/v1
                kind: Foo
                metadata:
                  name: f
                spec:
                  a:
                  b: null
                  l:
                  - x:
                    y: ~
                """;
        String patch = """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: a
                spec:
                  replicas: 2
                  template:
                    spec:
                      containers:
                      - name: z
                        image: q
                        args:
                        env: null
                      hostname:
                      subdomain: null
                      nodeSelector:
                        a:
                        b: ~
                ---
                apiVersion: example.com/v1
                kind: Foo
                metadata:
                  name: f
                spec:
                  c: 1
                """;
        String out = KustomizeOutput.yaml(built(files("kustomization.yaml",
                "resources: [d.yaml]\npatchesStrategicMerge: [p.yaml]\n", "d.yaml", resources, "p.yaml", patch), ""));

        assertThat(out).isEqualTo("""
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: a
                spec:
                  replicas: 2
                  template:
                    spec:
                      containers:
                      - image: q
                        name: z
                      - command: null
                        image: "y"
                        name: x
                        ports:
                        - containerPort: 80
                        workingDir: null
                      nodeSelector: {}
                      tolerations:
                      - effect: null
                        key: k
                        value: null
                      volumes:
                      - name: v
                      - name: w
                ---
                apiVersion: example.com/v1
                kind: Foo
                metadata:
                  name: f
                spec:
                  b: null
                  c: 1
                  l:
                  - x: null
                    "y": null
                """);
    }

    @Test
    void baseFieldsWrittenEmpty_reachTheOverlayPatchThroughTransformers() {
        String base = """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: a
                spec:
                  template:
                    spec:
                      hostname:
                      subdomain: ~
                      containers:
                      - name: x
                        image: y
                        workingDir: /w
                        args:
                """;
        String overlay = """
                resources: [../mid]
                patches:
                - patch: |
                    apiVersion: apps/v1
                    kind: Deployment
                    metadata:
                      name: p-a
                      namespace: ns
                    spec:
                      template:
                        spec:
                          containers:
                          - name: x
                            workingDir:
                            image: ~
                """;
        String out = KustomizeOutput.yaml(built(files("base/kustomization.yaml", "resources: [d.yaml]\n",
                "base/d.yaml", base, "mid/kustomization.yaml", """
                        resources: [../base]
                        namespace: ns
                        commonLabels: {a: b}
                        images: [{name: "y", newTag: "2"}]
                        namePrefix: p-
                        """, "overlay/kustomization.yaml", overlay), "overlay"));

        assertThat(out).isEqualTo("""
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  labels:
                    a: b
                  name: p-a
                  namespace: ns
                spec:
                  selector:
                    matchLabels:
                      a: b
                  template:
                    metadata:
                      labels:
                        a: b
                    spec:
                      containers:
                      - name: x
                      subdomain: null
                """);
    }

    @Test
    void emptyValueSpellings_quotedKeysCommentsTagsAndFlowMaps() {
        String configMap = """
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: c
                  annotations: {}
                data: {f: , g: ~}
                binaryData:
                  "q":
                  'r': # c
                  s: !!null
                """;
        String out = KustomizeOutput.yaml(built(files("kustomization.yaml", """
                resources: [d.yaml]
                patches:
                - patch: |
                    apiVersion: v1
                    kind: ConfigMap
                    metadata: {name: c}
                    immutable: true
                """, "d.yaml", configMap), ""));

        assertThat(out).isEqualTo("""
                apiVersion: v1
                binaryData: {}
                data:
                  g: null
                immutable: true
                kind: ConfigMap
                metadata:
                  name: c
                """);
    }

    @Test
    void itemsOfAListKind_dropFieldsWrittenEmptyToo() {
        String list = """
                apiVersion: v1
                kind: List
                items:
                - apiVersion: v1
                  kind: ConfigMap
                  metadata: {name: c}
                  data:
                    a:
                    b: x
                    c: null
                    d: ~
                """;
        String out = KustomizeOutput.yaml(built(files("kustomization.yaml", """
                resources: [d.yaml]
                patches:
                - patch: |
                    apiVersion: v1
                    kind: ConfigMap
                    metadata: {name: c}
                    immutable: true
                """, "d.yaml", list), ""));

        assertThat(out).isEqualTo("""
                apiVersion: v1
                data:
                  b: x
                  c: null
                  d: null
                immutable: true
                kind: ConfigMap
                metadata:
                  name: c
                """);
    }
}
