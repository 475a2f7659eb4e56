package dev.windlass.sandbox.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ListTypesAndEmbeddedTest {

    private static List<String> listTypes(String specSchema, String spec) {
        return ListTypes.validate(Json.withSpec(specSchema.replace('\'', '"')), Json.map("{\"spec\":" + spec.replace('\'', '"') + "}"))
                .stream().map(v -> v.cause().field() + ": " + v.cause().message()).toList();
    }

    private static List<String> embedded(String spec) {
        Schema schema = Json.withSpec(("{'type':'object','properties':{'template':{'type':'object',"
                + "'x-kubernetes-embedded-resource':true,'x-kubernetes-preserve-unknown-fields':true}}}").replace('\'', '"'));
        return EmbeddedResources.validate(schema, Json.map("{\"spec\":" + spec.replace('\'', '"') + "}"))
                .stream().map(v -> v.cause().field() + ": " + v.cause().message()).toList();
    }

    @Test
    void set_reportsEachRepeatedValueOnceAtItsSecondOccurrence() {
        assertThat(listTypes("{'type':'object','properties':{'tags':{'type':'array','x-kubernetes-list-type':'set',"
                + "'items':{'type':'string'}}}}", "{'tags':['a','b','a','a','b']}"))
                .containsExactly("spec.tags[2]: Duplicate value: \"a\"", "spec.tags[4]: Duplicate value: \"b\"");
    }

    @Test
    void map_reportsItemsWithTheSameKeysAsGoPrintsTheKey() {
        assertThat(listTypes("{'type':'object','properties':{'ports':{'type':'array','x-kubernetes-list-type':'map',"
                        + "'x-kubernetes-list-map-keys':['name'],'items':{'type':'object','properties':{"
                        + "'name':{'type':'string'},'port':{'type':'integer'}}}}}}",
                "{'ports':[{'name':'http','port':80},{'name':'http','port':8080},{'name':'https','port':443}]}"))
                .containsExactly("spec.ports[1]: Duplicate value: map[string]interface {}{\"name\":\"http\"}");
    }

    @Test
    void atomicList_mayRepeatValues() {
        assertThat(listTypes("{'type':'object','properties':{'tags':{'type':'array','x-kubernetes-list-type':'atomic',"
                + "'items':{'type':'string'}}}}", "{'tags':['a','a']}")).isEmpty();
    }

    @Test
    void embeddedResource_needsApiVersionAndKind() {
        assertThat(embedded("{'template':{'metadata':{'name':'x'}}}")).containsExactly(
                "spec.template.apiVersion: Required value: must not be empty",
                "spec.template.kind: Required value: must not be empty");
    }

    @Test
    void embeddedResource_kindMustBeALabelInAnyCase() {
        assertThat(embedded("{'template':{'apiVersion':'apps/v1','kind':'Bad_Kind'}}")).containsExactly(
                "spec.template.kind: Invalid value: \"Bad_Kind\": may have mixed case, but should otherwise match: "
                        + "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an "
                        + "alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', "
                        + "regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')");
        assertThat(embedded("{'template':{'apiVersion':'apps/v1','kind':'Deployment'}}")).isEmpty();
    }
}
