package dev.windlass.sandbox.validation;

import static dev.windlass.sandbox.validation.NameRulesTest.LABEL;
import static dev.windlass.sandbox.validation.NameRulesTest.SUBDOMAIN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.model.GroupKind;
import dev.windlass.model.codec.CodecLimits;
import dev.windlass.model.codec.JsonReader;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.sandbox.api.ApiException;
import dev.windlass.sandbox.api.ApiException.Cause;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Expected causes are kube-apiserver's ({@code ValidateObjectMeta}, apimachinery v0.34). */
class MetadataValidatorTest {

    static final String NAME_PART = "name part must consist of alphanumeric characters, '-', '_' or '.', and must"
            + " start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used"
            + " for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')";
    static final String VALUE = "a valid label must be an empty string or consist of alphanumeric characters, '-',"
            + " '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value', "
            + " or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')";
    private static final GroupKind POD = new GroupKind("", "Pod");
    private static final GroupKind NODE = new GroupKind("", "Node");

    static Stream<Arguments> createCases() {
        return Stream.of(
                Arguments.of(POD, true, "{'metadata':{'name':'web','namespace':'ns','labels':{'app':'web'}}}", List.of()),
                Arguments.of(POD, true, "{'metadata':{'namespace':'ns'}}", List.of(new Cause("FieldValueRequired",
                        "Required value: name or generateName is required", "metadata.name"))),
                Arguments.of(POD, true, "{'metadata':{'generateName':'Web-','name':'web','namespace':'ns'}}",
                        List.of(invalid("metadata.generateName", "Web-", SUBDOMAIN))),
                Arguments.of(POD, true, "{'metadata':{'name':'web'}}",
                        List.of(new Cause("FieldValueRequired", "Required value", "metadata.namespace"))),
                Arguments.of(NODE, false, "{'metadata':{'name':'n1','namespace':'ns'}}", List.of(new Cause(
                        "FieldValueForbidden", "Forbidden: not allowed on this type", "metadata.namespace"))),
                Arguments.of(POD, true, "{'metadata':{'name':'web','namespace':'Bad'}}",
                        List.of(invalid("metadata.namespace", "Bad", LABEL))),
                Arguments.of(POD, true, "{'metadata':{'name':'web','namespace':'ns','generation':-1}}",
                        List.of(new Cause("FieldValueInvalid", "Invalid value: -1: must be greater than or equal to 0",
                                "metadata.generation"))),
                Arguments.of(POD, true, "{'metadata':{'name':'web','namespace':'ns','labels':{'a_':'x'}}}",
                        List.of(invalid("metadata.labels", "a_", NAME_PART))),
                Arguments.of(POD, true, "{'metadata':{'name':'web','namespace':'ns','labels':{'a':'b_'}}}",
                        List.of(invalid("metadata.labels", "b_", VALUE))),
                Arguments.of(POD, true, "{'metadata':{'name':'web','namespace':'ns','labels':{'a':'" + "v".repeat(64)
                        + "'}}}", List.of(invalid("metadata.labels", "v".repeat(64), "must be no more than 63 characters"))),
                Arguments.of(POD, true, "{'metadata':{'name':'web','namespace':'ns','annotations':{'Example.com/X':'1',"
                        + "'bad key':'2'}}}", List.of(invalid("metadata.annotations", "bad key", NAME_PART))),
                Arguments.of(POD, true, "{'metadata':{'name':'web','namespace':'ns','finalizers':['example.com/f',"
                        + "'a/b/c']}}", List.of(invalid("metadata.finalizers", "a/b/c", "a qualified name must consist"
                        + " of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric"
                        + " character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is"
                        + " '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]') with an optional DNS subdomain prefix and '/'"
                        + " (e.g. 'example.com/MyName')"))),
                Arguments.of(POD, true, "{'metadata':{'name':'web','namespace':'ns','finalizers':['orphan',"
                        + "'foregroundDeletion']}}", List.of(new Cause("FieldValueInvalid", "Invalid value:"
                        + " [\"orphan\",\"foregroundDeletion\"]: finalizer orphan and foregroundDeletion cannot be both"
                        + " set", "metadata.finalizers"))),
                Arguments.of(POD, true, "{'metadata':{'name':'web','namespace':'ns','ownerReferences':[{'apiVersion':"
                        + "'apps/','kind':'ReplicaSet','name':'rs'}]}}", List.of(
                        invalid("metadata.ownerReferences.apiVersion", "apps/", "version must not be empty"),
                        invalid("metadata.ownerReferences.uid", "", "must not be empty"))),
                Arguments.of(POD, true, "{'metadata':{'name':'web','namespace':'ns','ownerReferences':[{'apiVersion':"
                        + "'v1','kind':'Event','name':'e','uid':'1'}]}}", List.of(new Cause("FieldValueInvalid",
                        "Invalid value: {\"apiVersion\":\"v1\",\"kind\":\"Event\",\"name\":\"e\",\"uid\":\"1\"}: /v1,"
                                + " Kind=Event is disallowed from being an owner", "metadata.ownerReferences"))),
                Arguments.of(POD, true, "{'metadata':{'name':'web','namespace':'ns','ownerReferences':[{'controller':"
                        + "true,'apiVersion':'apps/v1','kind':'ReplicaSet','name':'a','uid':'1'},{'apiVersion':'apps/v1',"
                        + "'kind':'ReplicaSet','name':'b','uid':'2','controller':true}]}}", List.of(new Cause(
                        "FieldValueInvalid", "Invalid value: [{\"apiVersion\":\"apps/v1\",\"kind\":\"ReplicaSet\","
                        + "\"name\":\"a\",\"uid\":\"1\",\"controller\":true},{\"apiVersion\":\"apps/v1\",\"kind\":"
                        + "\"ReplicaSet\",\"name\":\"b\",\"uid\":\"2\",\"controller\":true}]: Only one reference can"
                        + " have Controller set to true. Found \"true\" in references for ReplicaSet/a and ReplicaSet/b",
                        "metadata.ownerReferences"))));
    }

    @ParameterizedTest(name = "[{index}] {2}")
    @MethodSource("createCases")
    void validateCreate_reportsTheServersCauses(GroupKind kind, boolean namespaced, String object, List<Cause> causes) {
        assertThat(MetadataValidator.validateCreate(kind, namespaced, obj(object))).isEqualTo(causes);
    }

    @Test
    void annotations_overTheTotalSizeAreTooLong() {
        MapNode object = obj("{'metadata':{'name':'web','namespace':'ns'}}");
        MapNode metadata = object.getMap("metadata").orElseThrow()
                .with("annotations", MapNode.of("big", "x".repeat(262_142)));

        assertThat(MetadataValidator.validateCreate(POD, true, object.with("metadata", metadata))).containsExactly(
                new Cause("FieldValueTooLong", "Too long: may not be more than 262144 bytes", "metadata.annotations"));
        MapNode justFits = metadata.with("annotations", MapNode.of("big", "x".repeat(262_141)));
        assertThat(MetadataValidator.validateCreate(POD, true, object.with("metadata", justFits))).isEmpty();
    }

    @Test
    void validateUpdate_forbidsNewFinalizersWhileDeletingAndLowerGenerations() {
        MapNode old = obj("{'metadata':{'name':'web','generation':2,'deletionTimestamp':'2024-01-01T00:00:00Z',"
                + "'finalizers':['a']}}");
        MapNode updated = obj("{'metadata':{'name':'web','generation':1,'finalizers':['a','c','b']}}");

        assertThat(MetadataValidator.validateUpdate(updated, old)).containsExactly(
                new Cause("FieldValueForbidden", "Forbidden: no new finalizers can be added if the object is being"
                        + " deleted, found new finalizers []string{\"b\", \"c\"}", "metadata.finalizers"),
                new Cause("FieldValueInvalid", "Invalid value: 1: must not be decremented", "metadata.generation"));
    }

    @Test
    void causes_formTheServersInvalidStatusMessage() {
        List<Cause> causes = MetadataValidator.validateCreate(POD, true, obj("{'metadata':{'name':'Web'}}"));

        assertThat(ApiException.invalid("", "Pod", "Web", causes).getMessage()).isEqualTo("Pod \"Web\" is invalid: ["
                + "metadata.name: Invalid value: \"Web\": " + SUBDOMAIN + ", metadata.namespace: Required value]");
    }

    static Cause invalid(String field, String value, String detail) {
        return new Cause("FieldValueInvalid", "Invalid value: \"" + value + "\": " + detail, field);
    }

    static MapNode obj(String text) {
        Node node = JsonReader.create(CodecLimits.DEFAULT).read("test.json", text.replace('\'', '"'))
                .documents().get(0).content();
        return (MapNode) node;
    }
}
