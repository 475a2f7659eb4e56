package dev.windlass.kustomize;

import static dev.windlass.kustomize.KustomizeFixtures.build;
import static dev.windlass.kustomize.KustomizeFixtures.built;
import static dev.windlass.kustomize.KustomizeFixtures.files;
import static dev.windlass.kustomize.KustomizeFixtures.only;
import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.model.Issue;
import dev.windlass.model.KubeObject;
import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Strategic merge patches through a whole build, where {@link Patcher} adds to {@link KyamlMerge}
 * what kustomize does around the merge. Expectations come from {@code kubectl kustomize} (v5.5.0).
 */
class KustomizerStrategicMergeTest {

    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
              labels: {app: web, tier: front}
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

    private static final String ORDER_PATCH = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
            spec:
              template:
                spec:
                  containers:
                  - name: envoy
                    image: envoy:2
                  - name: app
                    env:
                    - {name: B, value: b2}
                    - {name: C, value: c}
            """;

    private static final String LABELS_PATCH = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
              labels: {tier: null, num: 1}
            """;

    private static final FieldPath CONTAINERS = FieldPath.of("spec", "template", "spec", "containers");

    private static List<KubeObject> buildWith(String fields, String patch) {
        return built(files("kustomization.yaml", "resources: [deploy.yaml]\n" + fields, "deploy.yaml", DEPLOYMENT,
                "patch.yaml", patch), "");
    }

    private static List<String> names(Node list, String key) {
        return ((ListNode) list).items().stream().map(item -> ((MapNode) item).getText(key).orElseThrow()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "patchesStrategicMerge: [patch.yaml]",
        "'patches: [{path: patch.yaml}]'",
        "'patches: [{path: patch.yaml, target: {kind: Deployment}}]'",
    })
    void mergedLists_holdThePatchItemsFirstThenTheOthers(String fields) {
        KubeObject deployment = only(buildWith(fields + "\n", ORDER_PATCH), "Deployment");

        Node containers = deployment.field(CONTAINERS).orElseThrow();
        assertThat(names(containers, "name")).containsExactly("envoy", "app");
        assertThat(names(((MapNode) ((ListNode) containers).items().get(1)).get("env").orElseThrow(), "name"))
                .containsExactly("B", "C", "A");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "patchesStrategicMerge: [patch.yaml] | {app: web, num: '1', tier: 'null'}",
        "'patches: [{path: patch.yaml, target: {kind: Deployment}}]' | {app: web, num: '1', tier: 'null'}",
        "'patches: [{path: patch.yaml}]' | {app: web, num: 1}",
    })
    void patchLabels_areReadAsStringsWhenThePatchIsMatchedByIdOrTarget(String fields, String labels) {
        KubeObject deployment = only(buildWith(fields + "\n", LABELS_PATCH), "Deployment");

        assertThat(deployment.field(FieldPath.of("metadata", "labels")))
                .contains(KyamlMergeFixtures.yaml("l: " + labels).get("l").orElseThrow());
    }

    @Test
    void severalPatchesInOneTargetedEntry_failLikeKustomize() {
        List<Issue> errors = build(files("kustomization.yaml",
                "resources: [deploy.yaml]\npatches: [{path: patch.yaml, target: {kind: Deployment}}]\n",
                "deploy.yaml", DEPLOYMENT, "patch.yaml", LABELS_PATCH + "---\n" + ORDER_PATCH), "").errors();

        assertThat(errors).singleElement().satisfies(issue -> {
            assertThat(issue.code()).isEqualTo(Patcher.FAILED);
            assertThat(issue.message()).contains("Multiple Strategic-Merge Patches in one `patches` entry is not"
                    + " allowed to set `patches.target` field: [path: \"patch.yaml\"]");
        });
    }

    @Test
    void patchReplacingTheWholeObject_changesNothing() {
        KubeObject deployment = only(buildWith("patchesStrategicMerge: [patch.yaml]\n",
                "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\n$patch: replace\nspec: {replicas: 9}\n"),
                "Deployment");

        assertThat(deployment.field(FieldPath.of("spec", "replicas"))).isEmpty();
        assertThat(deployment.field(CONTAINERS)).isPresent();
    }
}
