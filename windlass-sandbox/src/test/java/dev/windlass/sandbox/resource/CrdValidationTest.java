package dev.windlass.sandbox.resource;

import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.sandbox.api.ApiException.Cause;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CrdValidationTest {

    private static final String DNS1035 = "a DNS-1035 label must consist of lower case alphanumeric characters or"
            + " '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name', "
            + " or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')";

    private final ResourceRegistry registry = ResourceRegistry.withBuiltins();

    private List<Cause> validate(String json) {
        return registry.validateCrd(Crds.parse(json));
    }

    @Test
    void validCrds_haveNoCauses() {
        assertThat(validate(Crds.WIDGETS)).isEmpty();
        assertThat(validate(Crds.GADGETS)).isEmpty();
    }

    /** Each row edits the widgets CRD ({@code from} → {@code to}) and names one cause it must produce. */
    @ParameterizedTest(name = "{2}: {4}")
    @CsvSource(delimiter = '|', value = {
        "\"name\": \"widgets.example.com\"|\"name\": \"gizmos.example.com\"|metadata.name|FieldValueInvalid"
            + "|Invalid value: \"gizmos.example.com\": must be spec.names.plural+\".\"+spec.group",
        "\"metadata\": {\"name\": \"widgets.example.com\"}|\"metadata\": {}|metadata.name|FieldValueRequired"
            + "|Required value: name or generateName is required",
        "example.com|example|spec.group|FieldValueInvalid"
            + "|Invalid value: \"example\": should be a domain with at least one dot",
        "\"group\": \"example.com\"|\"group\": \"\"|spec.group|FieldValueRequired|Required value",
        "\"scope\": \"Namespaced\",||spec.scope|FieldValueRequired|Required value",
        "\"scope\": \"Namespaced\"|\"scope\": \"namespaced\"|spec.scope|FieldValueNotSupported"
            + "|Unsupported value: \"namespaced\": supported values: \"Cluster\", \"Namespaced\"",
        "\"storage\": false|\"storage\": true|spec.versions|FieldValueInvalid"
            + "|must have exactly one version marked as storage version",
        "\"storage\": true|\"storage\": false|spec.versions|FieldValueInvalid"
            + "|must have exactly one version marked as storage version",
        "\"name\": \"v1beta1\"|\"name\": \"v1\"|spec.versions|FieldValueInvalid|must contain unique version names",
        "\"name\": \"v1beta1\"|\"name\": \"V1beta1\"|spec.versions[0].name|FieldValueInvalid"
            + "|Invalid value: \"V1beta1\": " + DNS1035,
        "\"served\": true, \"storage\": false|\"served\": \"yes\", \"storage\": false|spec.versions[0].served"
            + "|FieldValueInvalid|Invalid value: \"yes\": must be a boolean",
        "\"plural\": \"widgets\"|\"plural\": \"Widgets\"|spec.names.plural|FieldValueInvalid"
            + "|Invalid value: \"Widgets\": " + DNS1035,
        "\"kind\": \"Widget\"|\"kind\": \"Wid_get\"|spec.names.kind|FieldValueInvalid"
            + "|Invalid value: \"Wid_get\": may have mixed case, but should otherwise match: " + DNS1035,
        "\"kind\": \"Widget\"|\"kind\": \"\"|spec.names.kind|FieldValueRequired|Required value",
        "\"kind\": \"Widget\"|\"kind\": \"\"|spec.names.singular|FieldValueRequired|Required value",
        "\"kind\": \"Widget\"|\"kind\": \"\"|spec.names.listKind|FieldValueRequired|Required value",
        "\"kind\": \"Widget\"|\"kind\": \"Widget\", \"listKind\": \"Widget\"|spec.names.listKind|FieldValueInvalid"
            + "|Invalid value: \"Widget\": kind and listKind may not be the same",
        "[\"wd\"]|[\"wd\", \"w_d\"]|spec.names.shortNames[1]|FieldValueInvalid|Invalid value: \"w_d\": " + DNS1035,
        "[\"all\"]|[\"All\"]|spec.names.categories[0]|FieldValueInvalid|Invalid value: \"All\": " + DNS1035,
        "\"openAPIV3Schema\": {\"type\": \"object\", \"x-kubernetes-preserve-unknown-fields\": true}"
            + "|\"other\": {}|spec.versions[0].schema.openAPIV3Schema|FieldValueRequired|Required value: schemas are required",
        "\".spec.replicas\"|\".status.wanted\"|spec.versions[1].subresources.scale.specReplicasPath"
            + "|FieldValueInvalid|Invalid value: \".status.wanted\": should be a json path under .spec",
        "\"statusReplicasPath\": \".status.replicas\",||spec.versions[1].subresources.scale.statusReplicasPath"
            + "|FieldValueRequired|Required value",
        "\"type\": \"integer\", \"jsonPath\"|\"type\": \"text\", \"jsonPath\""
            + "|spec.versions[1].additionalPrinterColumns[0].type|FieldValueInvalid"
            + "|Invalid value: \"text\": must be one of boolean,date,integer,number,string",
        "\"jsonPath\": \".spec.size\", ||spec.versions[1].additionalPrinterColumns[0].JSONPath|FieldValueRequired"
            + "|Required value",
    })
    void invalidCrd_isReportedLikeKubeApiserver(String from, String to, String field, String reason, String message) {
        String edited = Crds.WIDGETS.replace(from, to == null ? "" : to);
        assertThat(edited).as("fixture edit applies").isNotEqualTo(Crds.WIDGETS);

        List<Cause> causes = validate(edited);

        assertThat(causes).as(causes.toString()).anySatisfy(c -> {
            assertThat(c.field()).isEqualTo(field);
            assertThat(c.reason()).isEqualTo(reason);
            assertThat(c.message()).endsWith(message);
        });
    }

    @Test
    void storageVersionCount_reportsTheVersionsList() {
        List<Cause> causes = validate(Crds.WIDGETS.replace("\"storage\": false", "\"storage\": true"));

        assertThat(causes).singleElement().satisfies(c -> assertThat(c.message()).startsWith("Invalid value: [{"));
    }

    @Test
    void noVersions_meansNoStorageVersion() {
        String gadgets = Crds.GADGETS.substring(0, Crds.GADGETS.indexOf("\"versions\"")) + "\"versions\": []}}";

        assertThat(validate(gadgets)).extracting(Cause::field, Cause::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("spec.versions", "FieldValueInvalid"));
    }

    @Test
    void protectedGroup_needsTheApprovalAnnotation() {
        String json = Crds.WIDGETS.replace("example.com", "widgets.k8s.io");

        assertThat(validate(json)).singleElement().satisfies(c -> {
            assertThat(c.field()).isEqualTo("metadata.annotations[api-approved.kubernetes.io]");
            assertThat(c.message()).isEqualTo("Required value: protected groups must have approval annotation"
                    + " \"api-approved.kubernetes.io\", see https://github.com/kubernetes/enhancements/pull/1111");
        });
    }

    @ParameterizedTest
    @CsvSource({"https://github.com/kubernetes/enhancements/pull/1111, 0", "unapproved, 0", "unapproved-test, 0",
        "please, 1"})
    void protectedGroup_acceptsAUrlOrAnUnapprovedReason(String annotation, int causes) {
        String json = Crds.WIDGETS.replace("example.com", "widgets.k8s.io")
                .replace("\"metadata\": {", "\"metadata\": {\"annotations\": {\"api-approved.kubernetes.io\": \""
                        + annotation + "\"}, ");

        assertThat(validate(json)).hasSize(causes);
    }

    @Test
    void namesOnlyDefaultWhenKindIsSet() {
        List<Cause> causes = validate(Crds.GADGETS.replace("\"singular\": \"gizmo\", ", "")
                .replace("\"listKind\": \"GadgetCollection\"", "\"listKind\": \"\""));

        assertThat(causes).isEmpty();
    }
}
