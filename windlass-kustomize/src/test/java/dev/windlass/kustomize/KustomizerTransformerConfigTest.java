package dev.windlass.kustomize;

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
import org.junit.jupiter.api.Test;

/** The {@code configurations} and {@code crds} fields (outputs checked against kustomize 5.5). */
class KustomizerTransformerConfigTest {

    private static final String WIDGETS = """
            apiVersion: x/v1
            kind: Gadget
            metadata: {name: g}
            ---
            apiVersion: x/v1
            kind: Widget
            metadata: {name: w}
            spec:
              gadgetRef: g
              alias: al
              img: nginx:1
            """;

    private static final String WIDGET_CONFIG = """
            nameReference:
            - kind: Gadget
              fieldSpecs:
              - path: spec/gadgetRef
                kind: Widget
            commonLabels:
            - path: spec/labels
              kind: Widget
              create: true
            namePrefix:
            - path: spec/alias
              kind: Widget
            images:
            - path: spec/img
              kind: Widget
            """;

    /** The base declares the configuration; the overlay's transformers and the final name references use it. */
    private static List<KubeObject> overlayOverConfiguredBase() {
        return built(files("base/kustomization.yaml", "resources: [r.yaml]\nconfigurations: [conf.yaml]\n",
                "base/r.yaml", WIDGETS, "base/conf.yaml", WIDGET_CONFIG,
                "overlay/kustomization.yaml", "namePrefix: o-\ncommonLabels: {k: v}\nimages: [{name: nginx, newTag: \"2\"}]\n"
                        + "resources: [../base]\n"), "overlay");
    }

    @Test
    void configurations_addNameReferencesThatOverlaysFollow() {
        KubeObject widget = only(overlayOverConfiguredBase(), "Widget");

        assertThat(text(widget, FieldPath.of("spec", "gadgetRef"))).isEqualTo("o-g");
    }

    @Test
    void configurations_extendLabelPrefixAndImageFieldsOfLaterLevels() {
        KubeObject widget = only(overlayOverConfiguredBase(), "Widget");

        assertThat(text(widget, FieldPath.of("spec", "labels", "k"))).isEqualTo("v");
        assertThat(text(widget, FieldPath.of("spec", "alias"))).isEqualTo("o-al");
        assertThat(text(widget, FieldPath.of("spec", "img"))).isEqualTo("nginx:2");
    }

    @Test
    void configurations_kindSpecificNamePrefixReplacesTheDefaultLikeKustomize() {
        String objects = """
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: cm}
                ---
                apiVersion: x/v1
                kind: Foo
                metadata: {name: f}
                """;
        List<KubeObject> built = built(files("kustomization.yaml", "resources: [r.yaml]\nnamePrefix: p-\nconfigurations: [c.yaml]\n",
                "r.yaml", objects, "c.yaml", "namePrefix:\n- path: metadata/name\n  kind: Foo\n"), "");

        assertThat(only(built, "ConfigMap").name()).isEqualTo("cm");
        assertThat(only(built, "Foo").name()).isEqualTo("p-f");
    }

    @Test
    void configurations_unknownFieldIsRefused() {
        List<Issue> errors = build(files("kustomization.yaml", "resources: []\nconfigurations: [c.yaml]\n",
                "c.yaml", "nameReferences: []\n"), "").errors();

        assertThat(errors).singleElement().satisfies(issue -> {
            assertThat(issue.code()).isEqualTo(TransformerConfigReader.INVALID);
            assertThat(issue.message()).contains("unknown field 'nameReferences'");
            assertThat(issue.format()).contains("configurations[0]");
        });
    }

    @Test
    void configurations_conflictingCreateIsRefused() {
        List<Issue> errors = build(files("kustomization.yaml", "resources: []\nconfigurations: [c.yaml]\n",
                "c.yaml", "commonAnnotations:\n- path: metadata/annotations\n  create: false\n"), "").errors();

        assertThat(errors).singleElement().satisfies(issue ->
                assertThat(issue.message()).contains("conflicting fieldspecs"));
    }

    @Test
    void crds_objectRefPropertiesAddNameReferencesAndLabelAnnotationFields() {
        String crd = """
                {
                  "example.com/v1beta1.MyKind": {"Schema": {"properties": {
                    "apiVersion": {"type": "string"}, "kind": {"type": "string"},
                    "metadata": {"$ref": "k8s.io/apimachinery/pkg/apis/meta/v1.ObjectMeta"},
                    "spec": {"$ref": "example.com/v1beta1.MyKindSpec"}}}},
                  "example.com/v1beta1.MyKindSpec": {"Schema": {"properties": {
                    "secretRef": {"x-kubernetes-object-ref-api-version": "v1", "x-kubernetes-object-ref-kind": "Secret"},
                    "cmRef": {"x-kubernetes-object-ref-api-version": "v1", "x-kubernetes-object-ref-kind": "ConfigMap",
                              "x-kubernetes-object-ref-name-key": "cmName"},
                    "selector": {"x-kubernetes-label-selector": ""},
                    "notes": {"x-kubernetes-annotation": ""}}}}
                }
                """;
        String objects = """
                apiVersion: v1
                kind: Secret
                metadata: {name: sec}
                ---
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: cm}
                ---
                apiVersion: example.com/v1beta1
                kind: MyKind
                metadata: {name: mk}
                spec:
                  secretRef: {name: sec}
                  cmRef: {cmName: cm}
                  selector: {a: b}
                  notes: {x: "y"}
                """;
        String kustomization = "namePrefix: p-\nresources: [r.yaml]\ncrds: [crd.json]\ncommonLabels: {team: a}\n"
                + "commonAnnotations: {note: hello}\n";
        KubeObject mine = only(built(files("kustomization.yaml", kustomization, "r.yaml", objects, "crd.json", crd), ""),
                "MyKind");

        assertThat(text(mine, FieldPath.of("spec", "secretRef", "name"))).isEqualTo("p-sec");
        assertThat(text(mine, FieldPath.of("spec", "cmRef", "cmName"))).isEqualTo("p-cm");
        assertThat(text(mine, FieldPath.of("spec", "selector", "team"))).isEqualTo("a");
        assertThat(text(mine, FieldPath.of("spec", "notes", "note"))).isEqualTo("hello");
    }

    private static String text(KubeObject object, FieldPath field) {
        return object.field(field).flatMap(Node::asText).orElse(null);
    }
}
