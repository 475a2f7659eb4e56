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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class KustomizerReplacementsTest {

    private static final FieldPath IMAGE = FieldPath.of("spec", "template", "spec", "containers").index(0).key("image");
    private static final FieldPath INIT_IMAGE = FieldPath.of("spec", "template", "spec", "initContainers").index(0)
            .key("image");
    private static final FieldPath REPLICAS = FieldPath.of("spec", "replicas");
    private static final FieldPath PORT = FieldPath.of("spec", "ports").index(0).key("port");

    private static List<KubeObject> buildWith(String fields, String... extraFiles) {
        return built(files(all(fields, extraFiles)), "");
    }

    private static Issue errorOf(String fields, String... extraFiles) {
        List<Issue> errors = build(files(all(fields, extraFiles)), "").errors();
        assertThat(errors).as("build errors").isNotEmpty();
        return errors.get(0);
    }

    private static String[] all(String fields, String... extraFiles) {
        return Stream.concat(Stream.of("kustomization.yaml", "resources: [deploy.yaml, svc.yaml]\n" + fields,
                "deploy.yaml", DEPLOYMENT, "svc.yaml", SERVICE), Stream.of(extraFiles)).toArray(String[]::new);
    }

    @Test
    void replacement_runsAfterImagesAndSplitsAndJoinsDelimitedValues() {
        List<KubeObject> objects = buildWith("""
                namePrefix: p-
                images:
                - {name: nginx, newTag: "1.27"}
                replacements:
                - source:
                    kind: Deployment
                    name: web
                    fieldPath: spec.template.spec.containers.[name=web].image
                    options: {delimiter: ":", index: 1}
                  targets:
                  - select: {kind: Service}
                    fieldPaths: [metadata.annotations.version, spec.ports.0.name]
                    options: {create: true}
                  - select: {kind: Deployment}
                    fieldPaths: [spec.template.spec.initContainers.0.image]
                    options: {delimiter: ":", index: 1}
                """);

        KubeObject service = only(objects, "Service");
        assertThat(service.annotation("version")).contains("1.27");
        assertThat(service.field(FieldPath.of("spec", "ports").index(0).key("name"))).contains(Node.of(1.27));
        assertThat(only(objects, "Deployment").field(INIT_IMAGE)).contains(Node.of("busybox:1.27"));
    }

    @Test
    void replacement_keepsTheTargetsTypeAndCreatesPlainScalars() {
        List<KubeObject> objects = buildWith("""
                replacements:
                - source: {kind: Service, fieldPath: spec.ports.0.port}
                  targets:
                  - select: {}
                    reject: [{kind: Service}]
                    fieldPaths: [spec.replicas, metadata.labels.port, "spec.template.spec.containers.[name=web].image"]
                    options: {create: true}
                """);

        KubeObject deployment = only(objects, "Deployment");
        assertThat(deployment.field(REPLICAS)).contains(Node.of(80L));
        assertThat(deployment.field(FieldPath.of("metadata", "labels", "port"))).contains(Node.of(80L));
        assertThat(deployment.field(IMAGE)).contains(Node.of("80"));
        assertThat(only(objects, "Service").field(REPLICAS)).isEmpty();
    }

    @Test
    void replacement_selectsBySelectorsAndEarlierNamesAndMatchesListItemsByRegex() {
        List<KubeObject> objects = buildWith("""
                namePrefix: p-
                commonLabels: {tier: front}
                replacements:
                - source: {kind: Service, name: web}
                  targets:
                  - select: {name: web, labelSelector: "tier in (front, back)"}
                    reject: [{annotationSelector: skip}]
                    fieldPaths: ["spec.template.spec.containers.[name=we].image", metadata.annotations.source]
                    options: {create: true}
                """);

        KubeObject deployment = only(objects, "Deployment");
        assertThat(deployment.field(IMAGE)).contains(Node.of("p-web"));
        assertThat(deployment.annotation("source")).contains("p-web");
        assertThat(only(objects, "Service").annotation("source")).contains("p-web");
    }

    @Test
    void replacement_wholeMapsReplaceMapsAndListItemsAreCreatedFromSelectors() {
        List<KubeObject> objects = buildWith("""
                replacements:
                - source: {kind: Service, fieldPath: spec.selector}
                  targets:
                  - select: {kind: Deployment}
                    fieldPaths: [spec.selector.matchLabels, "spec.template.spec.containers.[name=sidecar].env"]
                    options: {create: true}
                """);

        KubeObject deployment = only(objects, "Deployment");
        assertThat(deployment.field(FieldPath.of("spec", "selector", "matchLabels")))
                .contains(dev.windlass.model.tree.MapNode.of("app", Node.of("web")));
        assertThat(deployment.field(FieldPath.of("spec", "template", "spec", "containers").index(1)))
                .contains(dev.windlass.model.tree.MapNode.of("name", Node.of("sidecar"), "env",
                        dev.windlass.model.tree.MapNode.of("app", Node.of("web"))));
    }

    @Test
    void replacementsFromAFile_readOneOrAListAndIgnoreUnknownFields() {
        String list = """
                - source: {kind: Service, fieldPath: spec.ports.0.port, comment: ignored}
                  targets:
                  - select: {kind: Deployment}
                    fieldPaths: [spec.replicas]
                    options: {create: true}
                """;
        String one = """
                source: {kind: Deployment}
                targets:
                - select: {kind: Service}
                  fieldPaths: [metadata.annotations.from]
                  options: {create: true}
                """;

        List<KubeObject> objects = buildWith("replacements:\n- path: list.yaml\n- path: one.yaml\n",
                "list.yaml", list, "one.yaml", one);

        assertThat(only(objects, "Deployment").field(REPLICAS)).contains(Node.of(80L));
        assertThat(only(objects, "Service").annotation("from")).contains("web");
        assertThat(only(objects, "Service").field(PORT)).contains(Node.of(80L));
    }

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of("no source match", """
                        replacements:
                        - source: {kind: ConfigMap}
                          targets: [{select: {kind: Deployment}}]
                        """, FieldPath.of("replacements").index(0).key("source"), "nothing selected by ConfigMap"),
                Arguments.of("several sources", """
                        replacements:
                        - source: {name: web}
                          targets: [{select: {kind: Deployment}}]
                        """, FieldPath.of("replacements").index(0).key("source"), "multiple matches for selector"),
                Arguments.of("missing source field", """
                        replacements:
                        - source: {kind: Service, fieldPath: spec.clusterIP}
                          targets: [{select: {kind: Deployment}}]
                        """, FieldPath.of("replacements").index(0).key("source"), "fieldPath `spec.clusterIP` is missing"),
                Arguments.of("missing target field", """
                        replacements:
                        - source: {kind: Service}
                          targets: [{select: {}, fieldPaths: [spec.replicas]}]
                        """, FieldPath.of("replacements").index(0).key("targets").index(0),
                        "unable to find field \"spec.replicas\" in replacement target"),
                Arguments.of("no targets", """
                        replacements:
                        - source: {kind: Service}
                        """, FieldPath.of("replacements").index(0), "must specify a source and at least one target"),
                Arguments.of("target without select", """
                        replacements:
                        - source: {kind: Service}
                          targets: [{fieldPaths: [metadata.name]}]
                        """, FieldPath.of("replacements").index(0).key("targets").index(0), "must specify resources"),
                Arguments.of("index out of bounds", """
                        replacements:
                        - source: {kind: Service, options: {delimiter: "-", index: 2}}
                          targets: [{select: {kind: Deployment}}]
                        """, FieldPath.of("replacements").index(0).key("source").key("options"), "out of bounds"),
                Arguments.of("path and inline", """
                        replacements:
                        - path: r.yaml
                          source: {kind: Service}
                        """, FieldPath.of("replacements").index(0), "cannot specify both path and inline"),
                Arguments.of("unknown inline field", """
                        replacements:
                        - source: {kind: Service, bogus: 1}
                          targets: [{select: {kind: Deployment}}]
                        """, FieldPath.of("replacements").index(0).key("source").key("bogus"), "unknown field 'bogus'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void replacement_failsWhereKustomizeFails(String name, String fields, FieldPath field, String message) {
        Issue error = errorOf(fields, "r.yaml", "source: {kind: Service}\n");

        assertThat(error.location().fileName()).contains("kustomization.yaml");
        assertThat(error.location().fieldPath()).contains(field);
        assertThat(error.message()).contains(message);
    }
}
