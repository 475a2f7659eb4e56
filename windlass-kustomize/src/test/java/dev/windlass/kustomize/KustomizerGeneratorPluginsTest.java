package dev.windlass.kustomize;

import static dev.windlass.kustomize.KustomizeFixtures.build;
import static dev.windlass.kustomize.KustomizeFixtures.built;
import static dev.windlass.kustomize.KustomizeFixtures.files;
import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.model.Issue;
import dev.windlass.model.KubeObject;
import dev.windlass.model.Result;
import dev.windlass.model.tree.Node;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The built-in ConfigMapGenerator and SecretGenerator plugins under {@code generators:} and the
 * ReplacementTransformer plugin under {@code transformers:}; expected outputs are what
 * {@code kubectl kustomize} (kustomize v5.5.0) printed for the same trees.
 */
class KustomizerGeneratorPluginsTest {

    private static final String DEPLOYMENT = """
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
                    envFrom:
                    - configMapRef:
                        name: cfg
            """;

    private static final String KUSTOMIZATION = """
            resources: [d.yaml]
            generatorOptions:
              labels:
                global: "yes"
            configMapGenerator:
            - name: cfg
              literals: [a=1, b=2]
            generators:
            - sub/gen.yaml
            - |-
              apiVersion: builtin
              kind: SecretGenerator
              metadata:
                name: creds
                namespace: team
              type: kubernetes.io/basic-auth
              literals: [username=admin, password=pw]
            """;

    private static final String MERGING_CONFIG = """
            apiVersion: builtin
            kind: ConfigMapGenerator
            metadata:
              name: ignored
            name: cfg
            behavior: merge
            files: [data/c.txt]
            literals: [b=3]
            """;

    private static List<KubeObject> mixed() {
        return built(files("kustomization.yaml", KUSTOMIZATION, "d.yaml", DEPLOYMENT, "sub/gen.yaml", MERGING_CONFIG,
                "data/c.txt", "hello\n"), "");
    }

    private static KubeObject named(List<KubeObject> objects, String kind) {
        return KustomizeFixtures.only(objects, kind);
    }

    @Test
    void configMapGeneratorPlugin_mergesIntoTheFieldsObjectAfterTheFieldsRan() {
        KubeObject cfg = named(mixed(), "ConfigMap");

        assertThat(cfg.name()).isEqualTo("cfg-f5225d6gft");
        assertThat(cfg.content().getMap("data").orElseThrow().asJavaMap()).hasSize(3)
                .containsEntry("b", Node.of("3"))
                .containsEntry("c.txt", Node.of("hello\n"));
        assertThat(cfg.labels()).isEqualTo(Map.of("global", "yes"));
    }

    @Test
    void secretGeneratorPlugin_takesNameAndNamespaceFromMetadataAndKeepsItsType() {
        KubeObject secret = named(mixed(), "Secret");

        assertThat(secret.name()).isEqualTo("creds-2gh6fgtfgd");
        assertThat(secret.namespace()).isEqualTo("team");
        assertThat(secret.content().getText("type")).contains("kubernetes.io/basic-auth");
        assertThat(secret.labels()).as("generatorOptions apply to the kustomization's fields only").isEmpty();
    }

    @Test
    void generatedNames_areReferencedByTheirHashedNames() {
        KubeObject deployment = named(mixed(), "Deployment");

        assertThat(deployment.content().toString()).contains("cfg-f5225d6gft");
    }

    @Test
    void pluginWithoutMergeBehavior_isRefusedWhenItsIdExists() {
        Result<List<KubeObject>> result = build(files("kustomization.yaml",
                "configMapGenerator:\n- name: c\n  literals: [a=1]\ngenerators: [p.yaml]\n",
                "p.yaml", "apiVersion: builtin\nkind: ConfigMapGenerator\nmetadata:\n  name: c\n"), "");

        assertThat(result.errors()).singleElement().satisfies(issue -> {
            assertThat(issue.code()).isEqualTo(GeneratorMerge.BEHAVIOR);
            assertThat(issue.message()).contains("behavior must be merge or replace");
            assertThat(issue.location().toString()).contains("generators[0]");
        });
    }

    @Test
    void pluginWithoutData_makesAnEmptyHashedConfigMap() {
        List<KubeObject> objects = built(files("kustomization.yaml", "generators: [p.yaml]\n",
                "p.yaml", "apiVersion: builtin\nkind: ConfigMapGenerator\nmetadata:\n  name: c\n"), "");

        assertThat(objects).singleElement().satisfies(o -> assertThat(o.name()).isEqualTo("c-6ct58987ht"));
    }

    @Test
    void pluginFileMissing_isReportedAtTheGeneratorsEntry() {
        Result<List<KubeObject>> result = build(files("kustomization.yaml", "generators: [p.yaml]\n",
                "p.yaml", "apiVersion: builtin\nkind: SecretGenerator\nmetadata:\n  name: s\nfiles: [nope.txt]\n"), "");

        Issue issue = result.errors().get(0);
        assertThat(issue.message()).contains("nope.txt");
        assertThat(issue.location().toString()).contains("generators[0].files[0]");
    }

    @Test
    void replacementTransformer_appliesInlineAndPathReplacementsInOrder() {
        String kustomization = """
                resources: [r.yaml]
                transformers:
                - |-
                  apiVersion: builtin
                  kind: ReplacementTransformer
                  metadata:
                    name: inline
                  replacements:
                  - source:
                      kind: ConfigMap
                      name: src
                      fieldPath: data.image
                    targets:
                    - select:
                        kind: Deployment
                      fieldPaths:
                      - spec.template.spec.containers.0.image
                  - path: more.yaml
                """;
        String more = """
                - source:
                    kind: ConfigMap
                    name: src
                    fieldPath: data.replicas
                  targets:
                  - select:
                      kind: Deployment
                    fieldPaths: [spec.replicas]
                """;
        String source = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: src\ndata:\n  image: nginx:1.27\n"
                + "  replicas: \"3\"\n---\n" + DEPLOYMENT;

        KubeObject deployment = named(built(files("kustomization.yaml", kustomization, "more.yaml", more,
                "r.yaml", source), ""), "Deployment");

        assertThat(deployment.content().toString()).contains("image=nginx:1.27").contains("replicas=3");
        assertThat(deployment.content().getMap("spec").orElseThrow().get("replicas"))
                .contains(Node.of(3L));
    }

    @Test
    void replacementTransformer_withBothPathAndInlineReplacement_isRefused() {
        String config = "apiVersion: builtin\nkind: ReplacementTransformer\nmetadata:\n  name: r\nreplacements:\n"
                + "- path: x.yaml\n  source:\n    kind: ConfigMap\n";
        Result<List<KubeObject>> result = build(files("kustomization.yaml", "resources: [d.yaml]\ntransformers: [t.yaml]\n",
                "d.yaml", DEPLOYMENT, "t.yaml", config), "");

        assertThat(result.errors()).singleElement().satisfies(issue -> {
            assertThat(issue.message()).contains("ReplacementTransformer 'r'").contains("cannot specify both path");
            assertThat(issue.location().toString()).contains("transformers[0]");
        });
    }

    private static final String ORIGIN_BASE = """
            configMapGenerator:
            - name: merged
              literals: [a=1]
            - name: replaced
              literals: [a=1]
            """;

    private static final String ORIGIN_CONFIGS = """
            apiVersion: builtin
            kind: ConfigMapGenerator
            metadata:
              name: m
            name: merged
            behavior: merge
            literals: [b=2]
            ---
            apiVersion: builtin
            kind: ConfigMapGenerator
            metadata:
              name: r
            name: replaced
            behavior: replace
            literals: [b=2]
            """;

    @Test
    void originAnnotations_mergeKeepsTheBaseGeneratorsOriginAndReplaceTakesThePlugins() {
        List<KubeObject> objects = built(files("base/kustomization.yaml", ORIGIN_BASE,
                "overlay/kustomization.yaml", "resources: [../base]\nbuildMetadata: [originAnnotations]\n"
                        + "generators: [gen.yaml]\n", "overlay/gen.yaml", ORIGIN_CONFIGS), "overlay");

        assertThat(objects).extracting(KubeObject::name).containsExactly("merged-7gdc49gk6d", "replaced-fmbk44khfc");
        assertThat(objects.get(0).annotation(BuildMetadata.ORIGIN)).contains("configuredIn: ../base/kustomization.yaml\n"
                + "configuredBy:\n  apiVersion: builtin\n  kind: ConfigMapGenerator\n");
        assertThat(objects.get(1).annotation(BuildMetadata.ORIGIN)).contains("configuredIn: gen.yaml\n"
                + "configuredBy:\n  apiVersion: builtin\n  kind: ConfigMapGenerator\n  name: r\n");
    }

    @Test
    void originAnnotations_ofTheGeneratorFields_nameTheBuiltinGeneratorKind() {
        List<KubeObject> objects = built(files("kustomization.yaml", "buildMetadata: [originAnnotations]\n"
                + "namePrefix: p-\nsecretGenerator:\n- name: s\n  literals: [a=1]\n"), "");

        assertThat(objects.get(0).annotation(BuildMetadata.ORIGIN)).contains("configuredIn: kustomization.yaml\n"
                + "configuredBy:\n  apiVersion: builtin\n  kind: SecretGenerator\n");
    }

    @Test
    void withoutBuildMetadata_generatedObjectsCarryNoOrigin() {
        List<KubeObject> objects = built(files("base/kustomization.yaml", ORIGIN_BASE,
                "overlay/kustomization.yaml", "resources: [../base]\ngenerators: [gen.yaml]\n",
                "overlay/gen.yaml", ORIGIN_CONFIGS), "overlay");

        assertThat(objects).allSatisfy(o -> assertThat(o.annotations()).isEmpty());
    }
}
