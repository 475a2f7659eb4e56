package dev.windlass.kustomize;

import static dev.windlass.kustomize.KustomizeFixtures.DEPLOYMENT;
import static dev.windlass.kustomize.KustomizeFixtures.SERVICE;
import static dev.windlass.kustomize.KustomizeFixtures.build;
import static dev.windlass.kustomize.KustomizeFixtures.built;
import static dev.windlass.kustomize.KustomizeFixtures.files;
import static dev.windlass.kustomize.KustomizeFixtures.only;
import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.model.Issue;
import dev.windlass.model.KubeObject;
import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.Node;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class KustomizerPatchesTest {

    private static final String REPLICAS_PATCH = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
            spec:
              replicas: 3
            """;

    private static final FieldPath REPLICAS = FieldPath.of("spec", "replicas");
    private static final FieldPath FIRST_IMAGE = FieldPath.of("spec", "template", "spec", "containers").index(0)
            .key("image");

    private static List<KubeObject> buildWith(String fields, String... extraFiles) {
        String[] all = Stream.concat(Stream.of("kustomization.yaml", "resources: [deploy.yaml, svc.yaml]\n" + fields,
                "deploy.yaml", DEPLOYMENT, "svc.yaml", SERVICE), Stream.of(extraFiles)).toArray(String[]::new);
        return built(files(all), "");
    }

    private static List<Issue> errorsOf(String fields, String... extraFiles) {
        String[] all = Stream.concat(Stream.of("kustomization.yaml", "resources: [deploy.yaml, svc.yaml]\n" + fields,
                "deploy.yaml", DEPLOYMENT, "svc.yaml", SERVICE), Stream.of(extraFiles)).toArray(String[]::new);
        return build(files(all), "").errors();
    }

    private static Optional<Node> at(KubeObject object, FieldPath path) {
        return object.field(path);
    }

    static Stream<Arguments> replicaPatchForms() {
        String indented = REPLICAS_PATCH.indent(4);
        return Stream.of(
                Arguments.of("patchesStrategicMerge file", "patchesStrategicMerge: [patch.yaml]\n"),
                Arguments.of("patchesStrategicMerge inline", "patchesStrategicMerge:\n- |-\n" + indented),
                Arguments.of("patches file without target", "patches:\n- path: patch.yaml\n"),
                Arguments.of("patches inline with target", "patches:\n- target: {kind: Deployment, name: w.*}\n  patch: |-\n"
                        + indented),
                Arguments.of("patches JSON ops", "patches:\n- target: {group: apps, kind: Deployment}\n  patch: "
                        + "'[{\"op\": \"add\", \"path\": \"/spec/replicas\", \"value\": 3}]'\n"),
                Arguments.of("patchesJson6902 YAML ops file", "patchesJson6902:\n- target: {group: apps, version: v1,"
                        + " kind: Deployment, name: web}\n  path: ops.yaml\n"),
                Arguments.of("patchesJson6902 inline", "patchesJson6902:\n- target: {version: v1, kind: Deployment,"
                        + " name: web}\n  patch: |-\n    - op: add\n      path: /spec/replicas\n      value: 3\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("replicaPatchForms")
    void eachPatchForm_setsReplicasOnTheDeploymentOnly(String form, String fields) {
        List<KubeObject> objects = buildWith(fields, "patch.yaml", REPLICAS_PATCH, "ops.yaml",
                "- op: add\n  path: /spec/replicas\n  value: 3\n");

        assertThat(at(only(objects, "Deployment"), REPLICAS)).contains(Node.of(3L));
        assertThat(at(only(objects, "Deployment"), FIRST_IMAGE)).contains(Node.of("nginx:1.25"));
        assertThat(only(objects, "Service").content()).isEqualTo(built(files("kustomization.yaml",
                "resources: [svc.yaml]\n", "svc.yaml", SERVICE), "").get(0).content());
    }

    @Test
    void strategicMerge_mergesContainersByName() {
        String patch = """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: web
                spec:
                  template:
                    spec:
                      containers:
                      - name: web
                        image: nginx:1.27
                """;
        KubeObject deployment = only(buildWith("patchesStrategicMerge: [patch.yaml]\n", "patch.yaml", patch), "Deployment");

        assertThat(at(deployment, FIRST_IMAGE)).contains(Node.of("nginx:1.27"));
        assertThat(at(deployment, FieldPath.of("spec", "template", "spec", "initContainers").index(0).key("image")))
                .contains(Node.of("busybox:1.36"));
    }

    @Test
    void strategicMerge_runsBeforeNamePrefix_soThePatchUsesTheBaseName() {
        List<KubeObject> objects = buildWith("namePrefix: prod-\npatches:\n- path: patch.yaml\n", "patch.yaml", REPLICAS_PATCH);

        assertThat(only(objects, "Deployment").name()).isEqualTo("prod-web");
        assertThat(at(only(objects, "Deployment"), REPLICAS)).contains(Node.of(3L));
    }

    @Test
    void json6902_runsAfterLabels_soItSeesTheCommonLabels() {
        String fields = "commonLabels: {team: a}\npatchesJson6902:\n- target: {version: v1, kind: Service, name: web}\n"
                + "  patch: '[{\"op\": \"test\", \"path\": \"/metadata/labels/team\", \"value\": \"a\"},"
                + " {\"op\": \"add\", \"path\": \"/metadata/annotations\", \"value\": {\"seen\": \"yes\"}}]'\n";

        assertThat(only(buildWith(fields), "Service").annotation("seen")).contains("yes");
    }

    /** kubectl kustomize v5.5.0 adds the key (evanphx/json-patch v4), and fails when the parent is missing. */
    @Test
    void json6902_replaceOfAMissingKeyAddsIt_butAMissingParentIsAnError() {
        String replace = "patches:\n- target: {kind: Service}\n  patch: '[{\"op\": \"replace\", \"path\": \"%s\", \"value\": \"x\"}]'\n";

        KubeObject service = only(buildWith(replace.formatted("/spec/selector/tier")), "Service");
        assertThat(service.content().at(FieldPath.of("spec", "selector", "tier"))).contains(Node.of("x"));
        assertThat(errorsOf(replace.formatted("/spec/nothing/here"))).singleElement()
                .satisfies(issue -> assertThat(issue.message()).contains("/spec/nothing/here"));
    }

    @Test
    void deletePatch_removesTheObject() {
        String patch = "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n$patch: delete\n";

        assertThat(buildWith("patches:\n- patch: |-\n" + patch.indent(4))).extracting(KubeObject::kind)
                .containsExactly("Deployment");
    }

    @Test
    void labelSelectorTarget_patchesOnlyMatchingObjects() {
        String service = SERVICE.replace("  name: web\n", "  name: api\n  labels:\n    tier: backend\n");
        String fields = "resources: [other.yaml]\npatches:\n- target: {labelSelector: 'tier in (backend, db)'}\n"
                + "  patch: '[{\"op\": \"add\", \"path\": \"/metadata/annotations\", \"value\": {\"hit\": \"1\"}}]'\n";
        List<KubeObject> objects = built(files("kustomization.yaml", fields.replace("resources: [other.yaml]",
                "resources: [svc.yaml, other.yaml]"), "svc.yaml", SERVICE, "other.yaml", service), "");

        assertThat(objects).filteredOn(o -> o.annotation("hit").isPresent()).extracting(KubeObject::name)
                .containsExactly("api");
    }

    @Test
    void allowNameChange_renamesOnlyWhenAllowed() {
        String rename = "|-\n    apiVersion: v1\n    kind: Service\n    metadata: {name: renamed}\n";
        String target = "  target: {kind: Service}\n  patch: " + rename;

        assertThat(only(buildWith("patches:\n-" + target.substring(1)), "Service").name()).isEqualTo("web");
        assertThat(only(buildWith("patches:\n-" + target.substring(1) + "  options: {allowNameChange: true}\n"),
                "Service").name()).isEqualTo("renamed");
    }

    @Test
    void jsonPatchInPatches_renamesWithoutOptionsLikeKustomize() {
        String rename = "'[{\"op\": \"replace\", \"path\": \"/metadata/name\", \"value\": \"renamed\"}]'";

        assertThat(only(buildWith("patches:\n- target: {kind: Service}\n  patch: " + rename + "\n"), "Service").name())
                .isEqualTo("renamed");
    }

    /** kubectl kustomize v5.5 words the two fields' failures differently. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "patchesStrategicMerge: [patch.yaml] | no matches for Id",
        "'patches: [{path: patch.yaml}]' | no resource matches strategic merge patch"
                + " \"Deployment.v1.apps/missing.[noNs]\": no matches for Id",
    })
    void strategicMergeWithoutMatchingObject_failsLikeKustomize(String field, String start) {
        String patch = REPLICAS_PATCH.replace("name: web", "name: missing");

        assertThat(errorsOf(field + "\n", "patch.yaml", patch))
                .singleElement().satisfies(issue -> {
                    assertThat(issue.code()).isEqualTo(Patcher.NO_TARGET);
                    assertThat(issue.message()).startsWith(start + " Deployment.v1.apps/missing.[noNs];"
                            + " failed to find unique target for patch Deployment.v1.apps/missing.[noNs]");
                });
    }

    @Test
    void failingJsonOperation_namesTheFieldAndPatchFile() {
        String ops = "- op: remove\n  path: /spec/nothing\n";
        List<Issue> errors = errorsOf("patchesJson6902:\n- target: {version: v1, kind: Service, name: web}\n"
                + "  path: ops.yaml\n", "ops.yaml", ops);

        assertThat(errors).singleElement().satisfies(issue -> {
            assertThat(issue.code()).isEqualTo(Patcher.FAILED);
            assertThat(issue.message()).contains("ops.yaml", "patchesJson6902", "Service/web");
        });
    }

    @Test
    void emptyPatchFile_isIgnoredInPatchesButRefusedWhenAllOfPatchesStrategicMergeIsEmpty() {
        assertThat(buildWith("patches:\n- path: empty.yaml\n", "empty.yaml", "# nothing\n")).hasSize(2);
        assertThat(errorsOf("patchesStrategicMerge: [empty.yaml]\n", "empty.yaml", "# nothing\n")).singleElement()
                .extracting(Issue::message).asString().contains("patch appears to be empty", "empty.yaml");
    }

    @Test
    void json6902WithoutTarget_isRefused() {
        assertThat(errorsOf("patchesJson6902:\n- path: ops.yaml\n", "ops.yaml", "[]")).singleElement()
                .extracting(Issue::message).asString().contains("must specify a target for patch ops.yaml");
    }

    @Test
    void json6902TargetMatchingNothing_changesNothing() {
        List<KubeObject> objects = buildWith("patchesJson6902:\n- target: {version: v1, kind: ConfigMap, name: x}\n"
                + "  patch: '[{\"op\": \"remove\", \"path\": \"/spec\"}]'\n");

        assertThat(objects).hasSize(2);
    }
}
