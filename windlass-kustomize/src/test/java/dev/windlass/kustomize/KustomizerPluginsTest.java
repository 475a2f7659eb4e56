package dev.windlass.kustomize;

import static dev.windlass.kustomize.KustomizeFixtures.DEPLOYMENT;
import static dev.windlass.kustomize.KustomizeFixtures.build;
import static dev.windlass.kustomize.KustomizeFixtures.built;
import static dev.windlass.kustomize.KustomizeFixtures.files;
import static dev.windlass.kustomize.KustomizeFixtures.only;
import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.model.Issue;
import dev.windlass.model.KubeObject;
import dev.windlass.model.Result;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The transformers: and generators: fields with kustomize's built-in plugin configurations. */
class KustomizerPluginsTest {

    private static final String RESOURCES = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
              namespace: keep
            spec:
              template:
                spec:
                  serviceAccountName: sa
                  containers:
                  - name: web
                    image: nginx:1.25
            ---
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: cfg
            data:
              a: "1"
            ---
            apiVersion: rbac.authorization.k8s.io/v1
            kind: RoleBinding
            metadata:
              name: rb
            subjects:
            - kind: ServiceAccount
              name: sa
            - kind: User
              name: bob
            - kind: ServiceAccount
              name: default
            """;

    private static final String PLUGINS = """
            apiVersion: builtin
            kind: PatchStrategicMergeTransformer
            metadata:
              name: smp
            paths:
            - smp.yaml
            patches: |-
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
                namespace: keep
              spec:
                template:
                  spec:
                    serviceAccountName: other
            ---
            apiVersion: builtin
            kind: PatchJson6902Transformer
            metadata:
              name: json
            target:
              kind: ConfigMap
              name: cfg
            jsonOp: '[{"op": "add", "path": "/data/c", "value": "3"}]'
            ---
            apiVersion: builtin
            kind: PatchTransformer
            metadata:
              name: pt
            target:
              kind: Deployment
            patch: |-
              - op: replace
                path: /spec/template/spec/containers/0/image
                value: nginx:2
            ---
            apiVersion: builtin
            kind: SuffixTransformer
            metadata:
              name: sfx
            suffix: -x
            fieldSpecs:
            - path: spec/template/spec/serviceAccountName
              kind: Deployment
            ---
            apiVersion: builtin
            kind: AnnotationsTransformer
            metadata:
              name: ann
            annotations:
              owner: me
            fieldSpecs:
            - path: metadata/annotations
              kind: ConfigMap
              create: true
            ---
            apiVersion: builtin
            kind: NamespaceTransformer
            metadata:
              name: ns
              namespace: moved
            unsetOnly: true
            setRoleBindingSubjects: allServiceAccounts
            fieldSpecs:
            - path: metadata/namespace
              create: true
            """;

    /** What kubectl kustomize (v5.5.0) printed for these resources and plugins (namespace last: patches match current ids here). */
    private static final String EXPECTED = """
            apiVersion: rbac.authorization.k8s.io/v1
            kind: RoleBinding
            metadata:
              name: rb
              namespace: moved
            subjects:
            - kind: ServiceAccount
              name: sa
              namespace: moved
            - kind: User
              name: bob
            - kind: ServiceAccount
              name: default
              namespace: moved
            ---
            apiVersion: v1
            data:
              a: "1"
              b: "2"
              c: "3"
            kind: ConfigMap
            metadata:
              annotations:
                owner: me
              name: cfg
              namespace: moved
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
              namespace: keep
            spec:
              template:
                spec:
                  containers:
                  - image: nginx:2
                    name: web
                  serviceAccountName: other-x
            """;

    @Test
    void builtinConfigsFromAFile_runInOrderWithTheirOwnFieldSpecs() {
        List<KubeObject> objects = built(files(
                "kustomization.yaml", "resources: [res.yaml]\ntransformers: [plugins.yaml]\n",
                "res.yaml", RESOURCES,
                "plugins.yaml", PLUGINS,
                "smp.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cfg\ndata:\n  b: \"2\"\n"), "");

        assertThat(KustomizeOutput.yaml(objects)).isEqualTo(EXPECTED);
    }

    @Test
    void prefixSuffixTransformer_renamesOnlyTheKindsItsFieldSpecsSelect() {
        String config = """
                apiVersion: builtin
                kind: PrefixSuffixTransformer
                metadata:
                  name: notImportant
                prefix: p-
                suffix: -s
                fieldSpecs:
                - path: metadata/name
                  kind: Deployment
                """;
        List<KubeObject> objects = built(files("kustomization.yaml", "resources: [d.yaml, s.yaml]\ntransformers: [t.yaml]\n",
                "d.yaml", DEPLOYMENT, "s.yaml", KustomizeFixtures.SERVICE, "t.yaml", config), "");

        assertThat(only(objects, "Deployment").name()).isEqualTo("p-web-s");
        assertThat(only(objects, "Service").name()).isEqualTo("web");
    }

    @Test
    void inlineConfigs_runBeforeConfigsFromPaths() {
        String prefix = "apiVersion: builtin\nkind: PrefixTransformer\nmetadata:\n  name: p\nprefix: %s\nfieldSpecs:\n"
                + "- path: metadata/name\n";
        String kustomization = "resources: [d.yaml]\ntransformers:\n- t.yaml\n- |-\n  "
                + prefix.formatted("inline-").replace("\n", "\n  ").stripTrailing() + "\n";
        List<KubeObject> objects = built(files("kustomization.yaml", kustomization, "d.yaml", DEPLOYMENT,
                "t.yaml", prefix.formatted("file-")), "");

        assertThat(only(objects, "Deployment").name()).isEqualTo("file-inline-web");
    }

    static Stream<Arguments> refusedConfigs() {
        return Stream.of(
                Arguments.of("transformers", "apiVersion: someteam.example.com/v1\nkind: MyTransformer\nmetadata:\n  name: m\n",
                        BuiltinPlugins.NOT_BUILTIN, "Windlass does not run plugins"),
                Arguments.of("transformers", "apiVersion: builtin\nkind: HashTransformer\nmetadata:\n  name: h\n",
                        BuiltinPlugins.NOT_YET, "not supported by Windlass's kustomize engine yet"),
                Arguments.of("generators", "apiVersion: builtin\nkind: IAMPolicyGenerator\nmetadata:\n  name: c\n",
                        BuiltinPlugins.NOT_YET, "not supported by Windlass's kustomize engine yet"),
                Arguments.of("generators", "apiVersion: builtin\nkind: PrefixTransformer\nmetadata:\n  name: p\n",
                        BuiltinPlugins.INVALID, "is a transformer, not a generator"),
                Arguments.of("transformers", "apiVersion: builtin\nkind: SecretGenerator\nmetadata:\n  name: s\n",
                        BuiltinPlugins.INVALID, "is a generator, not a transformer"),
                Arguments.of("transformers", "apiVersion: builtin\nkind: PrefixTransfomer\nmetadata:\n  name: p\n",
                        BuiltinPlugins.NOT_BUILTIN, "no built-in plugin of that kind"),
                Arguments.of("transformers", "apiVersion: builtin\nkind: PrefixTransformer\nmetadata:\n  name: p\nprefix: x-\n",
                        BuiltinPlugins.INVALID, "fieldSpecs is not expected to be nil"));
    }

    @ParameterizedTest
    @MethodSource("refusedConfigs")
    void unsupportedConfigs_areRefusedNamingTheEntry(String field, String config, String code, String message) {
        Result<List<KubeObject>> result = build(files("kustomization.yaml", "resources: [d.yaml]\n" + field + ": [p.yaml]\n",
                "d.yaml", DEPLOYMENT, "p.yaml", config), "");

        assertThat(result.errors()).hasSize(1);
        Issue issue = result.errors().get(0);
        assertThat(issue.code()).isEqualTo(code);
        assertThat(issue.message()).contains(message);
        assertThat(issue.location().toString()).contains(field + "[0]");
    }

    @Test
    void replicaCountTransformer_failsWhenNoObjectHasTheName() {
        String config = "apiVersion: builtin\nkind: ReplicaCountTransformer\nmetadata:\n  name: r\nreplica:\n  name: nope\n"
                + "  count: 2\nfieldSpecs:\n- path: spec/replicas\n  kind: Deployment\n";
        Result<List<KubeObject>> result = build(files("kustomization.yaml", "resources: [d.yaml]\ntransformers: [r.yaml]\n",
                "d.yaml", DEPLOYMENT, "r.yaml", config), "");

        assertThat(result.errors()).singleElement().satisfies(i -> assertThat(i.message())
                .contains("resource with name nope does not match"));
    }
}
