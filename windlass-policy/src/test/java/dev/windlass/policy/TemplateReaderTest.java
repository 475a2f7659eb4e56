package dev.windlass.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TemplateReaderTest {

    private static TemplateSource read(String yaml) throws PolicyException {
        return TemplateReader.read(TestObjects.yaml(yaml));
    }

    @Test
    void v1Template_readsKindSchemaAndRego() throws PolicyException {
        TemplateSource t = read(TestObjects.REQUIRED_LABELS_TEMPLATE);
        assertThat(t.kind()).isEqualTo("K8sRequiredLabels");
        assertThat(t.name()).isEqualTo("k8srequiredlabels");
        assertThat(t.rego()).contains("package k8srequiredlabels");
        assertThat(t.schema().getText("type")).contains("object");
        assertThat(t.legacySchema()).isFalse();
        assertThat(t.cel()).isNull();
    }

    @Test
    void v1beta1Template_defaultsToLegacySchema() throws PolicyException {
        TemplateSource t = read(TestObjects.REQUIRED_LABELS_TEMPLATE.replace("/v1\n", "/v1beta1\n"));
        assertThat(t.legacySchema()).isTrue();
    }

    @Test
    void legacySchemaField_overridesTheDefault() throws PolicyException {
        TemplateSource t = read(TestObjects.REQUIRED_LABELS_TEMPLATE.replace("validation:\n",
                "validation:\n        legacySchema: true\n"));
        assertThat(t.legacySchema()).isTrue();
    }

    @Test
    void unsupportedVersion_isRejected() {
        assertThatThrownBy(() -> read(TestObjects.REQUIRED_LABELS_TEMPLATE.replace("/v1\n", "/v2\n")))
                .hasMessageContaining("ConstraintTemplate k8srequiredlabels: apiVersion");
    }

    @Test
    void nameMustBeTheLowerCaseKind() {
        assertThatThrownBy(() -> read(TestObjects.REQUIRED_LABELS_TEMPLATE.replace("name: k8srequiredlabels",
                "name: required-labels")))
                .hasMessageContaining("metadata.name")
                .hasMessageContaining("is not equal to the lowercase of CRD's Kind: \"k8srequiredlabels\"");
    }

    @Test
    void missingKind_isRejected() {
        assertThatThrownBy(() -> read("""
                apiVersion: templates.gatekeeper.sh/v1
                kind: ConstraintTemplate
                metadata: {name: x}
                spec: {targets: []}
                """)).hasMessageContaining("spec.crd.spec.names.kind: is required");
    }

    @Test
    void exactlyOneTarget_isRequired() {
        assertThatThrownBy(() -> read("""
                apiVersion: templates.gatekeeper.sh/v1
                kind: ConstraintTemplate
                metadata: {name: k8sx}
                spec:
                  crd: {spec: {names: {kind: K8sX}}}
                  targets: []
                """)).hasMessageContaining("expected exactly 1 item in targets, got 0");
    }

    @Test
    void unknownTarget_isRejected() {
        assertThatThrownBy(() -> read(TestObjects.REQUIRED_LABELS_TEMPLATE.replace("admission.k8s.gatekeeper.sh",
                "other.target")))
                .hasMessageContaining("spec.targets[0].target: target \"other.target\" is not recognized");
    }

    @Test
    void codeEntries_giveRegoWithLibsAndCel() throws PolicyException {
        TemplateSource t = read("""
                apiVersion: templates.gatekeeper.sh/v1
                kind: ConstraintTemplate
                metadata: {name: k8sx}
                spec:
                  crd: {spec: {names: {kind: K8sX}}}
                  targets:
                    - target: admission.k8s.gatekeeper.sh
                      code:
                        - engine: K8sNativeValidation
                          source:
                            validations: [{expression: 'true', message: m}]
                        - engine: Rego
                          source:
                            version: v1
                            rego: |
                              package k8sx
                            libs: ["package lib.a\\n"]
                """);
        assertThat(t.rego()).contains("package k8sx");
        assertThat(t.libs()).hasSize(1);
        assertThat(t.regoV1()).isTrue();
        assertThat(t.cel().getList("validations")).isPresent();
    }

    @Test
    void templateWithoutCode_isRejected() {
        assertThatThrownBy(() -> read("""
                apiVersion: templates.gatekeeper.sh/v1
                kind: ConstraintTemplate
                metadata: {name: k8sx}
                spec:
                  crd: {spec: {names: {kind: K8sX}}}
                  targets: [{target: admission.k8s.gatekeeper.sh}]
                """)).hasMessageContaining("has no code");
    }

    @Test
    void isTemplate_looksAtGroupAndKind() {
        assertThat(TemplateReader.isTemplate(TestObjects.yaml(TestObjects.REQUIRED_LABELS_TEMPLATE))).isTrue();
        assertThat(TemplateReader.isTemplate(TestObjects.pod("a", "b"))).isFalse();
    }
}
