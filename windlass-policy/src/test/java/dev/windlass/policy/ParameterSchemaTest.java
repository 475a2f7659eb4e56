package dev.windlass.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParameterSchemaTest {

    private static List<String> problems(String schema, String value) {
        return new ParameterSchema(TestObjects.map(schema)).validate(TestObjects.yaml(value).content(), "spec.parameters");
    }

    private static List<String> problemsOfValue(String schema, String valueYaml) {
        return new ParameterSchema(TestObjects.map(schema))
                .validate(TestObjects.map("v: " + valueYaml).get("v").orElseThrow(), "spec.parameters");
    }

    private static final String LABELS = """
            type: object
            properties:
              labels:
                type: array
                items:
                  type: object
                  properties:
                    key: {type: string}
                    allowedRegex: {type: string}
              message: {type: string}
            """;

    @Test
    void validParameters_haveNoProblems() {
        assertThat(problems(LABELS, "labels: [{key: owner, allowedRegex: '^a'}]\nmessage: hi")).isEmpty();
    }

    @Test
    void wrongType_namesTheFieldAndBothTypes() {
        assertThat(problems(LABELS, "labels: owner"))
                .containsExactly("spec.parameters.labels: must be of type array, got string");
    }

    @Test
    void wrongItemType_namesTheIndex() {
        assertThat(problems(LABELS, "labels: [{key: 3}]"))
                .containsExactly("spec.parameters.labels[0].key: must be of type string, got integer");
    }

    @Test
    void unknownProperties_areAllowedByDefault() {
        assertThat(problems(LABELS, "extra: 1")).isEmpty();
    }

    @Test
    void additionalPropertiesFalse_rejectsUnknownProperties() {
        assertThat(problems("type: object\nadditionalProperties: false\nproperties: {a: {type: string}}", "b: x"))
                .singleElement().asString().contains("spec.parameters.b").contains("additionalProperties");
    }

    @Test
    void additionalPropertiesSchema_checksEveryOtherValue() {
        assertThat(problems("type: object\nadditionalProperties: {type: integer}", "a: 1\nb: x"))
                .containsExactly("spec.parameters.b: must be of type integer, got string");
    }

    @Test
    void required_reportsMissingFields() {
        assertThat(problems("type: object\nrequired: [a, b]", "a: 1"))
                .containsExactly("spec.parameters.b: required value is missing");
    }

    @Test
    void enum_listsTheSupportedValues() {
        assertThat(problemsOfValue("type: string\nenum: [Always, Never]", "Sometimes"))
                .singleElement().asString().contains("unsupported value Sometimes").contains("[Always, Never]");
        assertThat(problemsOfValue("type: string\nenum: [Always, Never]", "Never")).isEmpty();
    }

    @Test
    void pattern_isSearchedInTheString() {
        assertThat(problemsOfValue("type: string\npattern: '^[a-z]+$'", "abc")).isEmpty();
        assertThat(problemsOfValue("type: string\npattern: '^[a-z]+$'", "ABC"))
                .singleElement().asString().contains("does not match the pattern");
    }

    @Test
    void minimumAndMaximum_boundNumbers() {
        String schema = "type: integer\nminimum: 1\nmaximum: 10";
        assertThat(problemsOfValue(schema, "5")).isEmpty();
        assertThat(problemsOfValue(schema, "0")).containsExactly("spec.parameters: must be greater than or equal to 1");
        assertThat(problemsOfValue(schema, "11")).containsExactly("spec.parameters: must be less than or equal to 10");
    }

    @Test
    void integer_acceptsWholeFloatsButNotFractions() {
        assertThat(problemsOfValue("type: integer", "2.0")).isEmpty();
        assertThat(problemsOfValue("type: integer", "2.5")).hasSize(1);
    }

    @Test
    void number_acceptsIntegers() {
        assertThat(problemsOfValue("type: number", "2")).isEmpty();
    }

    @Test
    void boolean_rejectsStrings() {
        assertThat(problemsOfValue("type: boolean", "'true'"))
                .containsExactly("spec.parameters: must be of type boolean, got string");
    }

    @Test
    void null_isRejectedUnlessNullable() {
        assertThat(problemsOfValue("type: string", "null")).hasSize(1);
        assertThat(problemsOfValue("type: string\nnullable: true", "null")).isEmpty();
    }

    @Test
    void itemBounds_checkListLength() {
        assertThat(problemsOfValue("type: array\nminItems: 2", "[a]"))
                .containsExactly("spec.parameters: must have at least 2 items");
    }

    @Test
    void noSchema_acceptsAnything() {
        assertThat(new ParameterSchema(null).validate(TestObjects.map("a: [1, {b: c}]"), "spec.parameters")).isEmpty();
    }
}
