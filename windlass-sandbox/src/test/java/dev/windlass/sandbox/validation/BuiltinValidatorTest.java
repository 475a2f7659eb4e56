package dev.windlass.sandbox.validation;

import static dev.windlass.sandbox.validation.MetadataValidatorTest.obj;
import static dev.windlass.sandbox.validation.NameRulesTest.LABEL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.windlass.model.GroupKind;
import dev.windlass.model.tree.MapNode;
import dev.windlass.sandbox.api.ApiException;
import dev.windlass.sandbox.api.ApiException.Cause;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Expected causes are kube-apiserver's create validation of the built-in kinds. */
class BuiltinValidatorTest {

    private static final GroupKind DEPLOYMENT = new GroupKind("apps", "Deployment");
    private static final GroupKind SERVICE = new GroupKind("", "Service");
    private static final GroupKind CONFIG_MAP = new GroupKind("", "ConfigMap");
    private static final GroupKind SECRET = new GroupKind("", "Secret");
    private static final String MISMATCH = "`selector` does not match template `labels`";
    private static final String TEMPLATE = "'template':{'metadata':{'labels':{'app':'web'}},'spec':{%s'containers':%s}}";
    private static final String ONE_CONTAINER = "[{'name':'app','image':'nginx'}]";
    private static final String NEGATIVE_REPLICAS = "'replicas':-1,'selector':{'matchLabels':{'app':'web'}},";
    private static final String CONFIG_KEY = "a valid config key must consist of alphanumeric characters, '-', '_' or '.'"
            + " (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')";

    static Stream<Arguments> objects() {
        return Stream.of(
                Arguments.of(DEPLOYMENT, workload("'selector':{'matchLabels':{'app':'web'}},", "", ONE_CONTAINER), List.of()),
                Arguments.of(DEPLOYMENT, workload("", "", ONE_CONTAINER), List.of(
                        new Cause("FieldValueRequired", "Required value", "spec.selector"),
                        invalid("spec.template.metadata.labels", "{\"app\":\"web\"}", MISMATCH))),
                Arguments.of(DEPLOYMENT, workload("'selector':{'matchLabels':{'app':'api'}},", "", ONE_CONTAINER),
                        List.of(invalid("spec.template.metadata.labels", "{\"app\":\"web\"}", MISMATCH))),
                Arguments.of(DEPLOYMENT, workload("'selector':{},", "", ONE_CONTAINER), List.of(
                        invalid("spec.selector", "{}", "empty selector is invalid for deployment"))),
                Arguments.of(DEPLOYMENT, workload("'selector':{'matchExpressions':[{'key':'app','operator':'Foo'}]},",
                        "", ONE_CONTAINER), List.of(
                        invalid("spec.selector.matchExpressions[0].operator", "\"Foo\"", "not a valid selector operator"),
                        invalid("spec.selector", "{\"matchExpressions\":[{\"key\":\"app\",\"operator\":\"Foo\"}]}",
                                "invalid label selector"))),
                Arguments.of(DEPLOYMENT, workload("'selector':{'matchLabels':{'app':'web'}},", "", "[]"), List.of(
                        new Cause("FieldValueRequired", "Required value", "spec.template.spec.containers"))),
                Arguments.of(DEPLOYMENT, workload("'selector':{'matchLabels':{'app':'web'}},", "",
                        "[{'name':'app','image':'a'},{'name':'app','image':'b'}]"), List.of(new Cause(
                        "FieldValueDuplicate", "Duplicate value: \"app\"", "spec.template.spec.containers[1].name"))),
                Arguments.of(DEPLOYMENT, workload("'selector':{'matchLabels':{'app':'web'}},", "", "[{'name':'App'}]"),
                        List.of(invalid("spec.template.spec.containers[0].name", "\"App\"", LABEL),
                                new Cause("FieldValueRequired", "Required value", "spec.template.spec.containers[0].image"))),
                Arguments.of(DEPLOYMENT, workload("'selector':{'matchLabels':{'app':'web'}},", "'restartPolicy':'Never',",
                        ONE_CONTAINER), List.of(new Cause("FieldValueNotSupported", "Unsupported value: \"Never\":"
                        + " supported values: \"Always\"", "spec.template.spec.restartPolicy"))),
                Arguments.of(DEPLOYMENT, workload(NEGATIVE_REPLICAS, "", ONE_CONTAINER), List.of(
                        invalid("spec.replicas", "-1", "must be greater than or equal to 0"))),
                Arguments.of(new GroupKind("apps", "ReplicaSet"), workload(NEGATIVE_REPLICAS, "", ONE_CONTAINER),
                        List.of(invalid("spec.replicas", "-1", "must be greater than or equal to 0"))),
                Arguments.of(new GroupKind("apps", "StatefulSet"), workload(NEGATIVE_REPLICAS, "", ONE_CONTAINER),
                        List.of(invalid("spec.replicas", "-1", "must be greater than or equal to 0"))),
                Arguments.of(DEPLOYMENT, workload("'replicas':0,'selector':{'matchLabels':{'app':'web'}},", "",
                        ONE_CONTAINER), List.of()),
                Arguments.of(new GroupKind("apps", "StatefulSet"), workload("'selector':{},", "", "[]"), List.of(
                        invalid("spec.selector", "{}", "empty selector is invalid for statefulset"))),
                Arguments.of(new GroupKind("apps", "DaemonSet"), workload("", "", ONE_CONTAINER), List.of(
                        invalid("spec.template.metadata.labels", "{\"app\":\"web\"}", MISMATCH))),
                Arguments.of(new GroupKind("batch", "Job"), workload("", "", ONE_CONTAINER), List.of(new Cause(
                        "FieldValueNotSupported", "Unsupported value: \"Always\": supported values: \"OnFailure\","
                        + " \"Never\"", "spec.template.spec.restartPolicy"))),
                Arguments.of(new GroupKind("batch", "Job"), workload("", "'restartPolicy':'Never',", ONE_CONTAINER),
                        List.of()),
                Arguments.of(new GroupKind("batch", "CronJob"), "{'metadata':{'name':'" + "c".repeat(53) + "'},'spec':{"
                        + "'schedule':'* * * * *','jobTemplate':{'spec':{" + TEMPLATE.formatted("'restartPolicy':'OnFailure',",
                        ONE_CONTAINER) + "}}}}", List.of(invalid("metadata.name", "\"" + "c".repeat(53) + "\"",
                        "must be no more than 52 characters"))),
                Arguments.of(new GroupKind("", "Pod"), "{'spec':{'restartPolicy':'Sometimes','containers':" + ONE_CONTAINER
                        + "}}", List.of(new Cause("FieldValueNotSupported", "Unsupported value: \"Sometimes\": supported"
                        + " values: \"Always\", \"OnFailure\", \"Never\"", "spec.restartPolicy"))),
                Arguments.of(SERVICE, "{'spec':{}}", List.of(new Cause("FieldValueRequired", "Required value",
                        "spec.ports"))),
                Arguments.of(SERVICE, "{'spec':{'clusterIP':'None'}}", List.of()),
                Arguments.of(SERVICE, "{'spec':{'type':'ExternalName'}}", List.of(new Cause("FieldValueRequired",
                        "Required value", "spec.externalName"))),
                Arguments.of(SERVICE, "{'spec':{'ports':[{'name':'http','port':80},{'port':81}]}}", List.of(
                        new Cause("FieldValueRequired", "Required value", "spec.ports[1].name"))),
                Arguments.of(SERVICE, "{'spec':{'ports':[{'name':'http','port':80},{'name':'http','port':81}]}}",
                        List.of(new Cause("FieldValueDuplicate", "Duplicate value: \"http\"", "spec.ports[1].name"))),
                Arguments.of(SERVICE, "{'spec':{'ports':[{'port':70000,'protocol':'HTTP','targetPort':'Http_Port'}]}}",
                        List.of(invalid("spec.ports[0].port", "70000", "must be between 1 and 65535, inclusive"),
                                new Cause("FieldValueNotSupported", "Unsupported value: \"HTTP\": supported values:"
                                        + " \"SCTP\", \"TCP\", \"UDP\"", "spec.ports[0].protocol"),
                                invalid("spec.ports[0].targetPort", "\"Http_Port\"", "must contain only alpha-numeric"
                                        + " characters (a-z, 0-9), and hyphens (-)"))),
                Arguments.of(SERVICE, "{'spec':{'ports':[{'name':'a','port':80},{'name':'b','port':80,'nodePort':30000}]}}",
                        List.of(new Cause("FieldValueForbidden", "Forbidden: may not be used when `type` is"
                                + " 'ClusterIP'", "spec.ports[1].nodePort"), new Cause("FieldValueDuplicate",
                                "Duplicate value: {\"Name\":\"\",\"Protocol\":\"TCP\",\"AppProtocol\":null,\"Port\":80,"
                                        + "\"TargetPort\":0,\"NodePort\":0}", "spec.ports[1]"))),
                Arguments.of(SERVICE, "{'spec':{'type':'Weird','ports':[{'port':80}]}}", List.of(new Cause(
                        "FieldValueNotSupported", "Unsupported value: \"Weird\": supported values: \"ClusterIP\","
                        + " \"ExternalName\", \"LoadBalancer\", \"NodePort\"", "spec.type"))),
                Arguments.of(CONFIG_MAP, "{'data':{'a b':'1','..':'2'},'binaryData':{'a b':'AA=='}}", List.of(
                        invalid("data[a b]", "\"a b\"", CONFIG_KEY),
                        invalid("data[a b]", "\"a b\"", "duplicate of key present in binaryData"),
                        invalid("data[..]", "\"..\"", "must not be '..'"),
                        invalid("binaryData[a b]", "\"a b\"", CONFIG_KEY))),
                Arguments.of(SECRET, "{'type':'kubernetes.io/tls','data':{'tls.crt':'eA=='},'stringData':{'a b':'x'}}",
                        List.of(invalid("data[a b]", "\"a b\"", CONFIG_KEY),
                                new Cause("FieldValueRequired", "Required value", "data[tls.key]"))),
                Arguments.of(SECRET, "{'type':'kubernetes.io/basic-auth'}", List.of(
                        new Cause("FieldValueRequired", "Required value", "data[username]"),
                        new Cause("FieldValueRequired", "Required value", "data[password]"))),
                Arguments.of(new GroupKind("rbac.authorization.k8s.io", "RoleBinding"), "{'roleRef':{'apiGroup':"
                        + "'rbac.authorization.k8s.io','kind':'Foo','name':'view'}}", List.of(new Cause(
                        "FieldValueNotSupported", "Unsupported value: \"Foo\": supported values: \"Role\","
                        + " \"ClusterRole\"", "roleRef.kind"))),
                Arguments.of(new GroupKind("rbac.authorization.k8s.io", "ClusterRoleBinding"), "{'roleRef':{'apiGroup':"
                        + "'rbac.authorization.k8s.io','kind':'Role'}}", List.of(new Cause("FieldValueNotSupported",
                        "Unsupported value: \"Role\": supported values: \"ClusterRole\"", "roleRef.kind"),
                        new Cause("FieldValueRequired", "Required value", "roleRef.name"))));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("objects")
    void validate_reportsTheServersCauses(GroupKind kind, String object, List<Cause> causes) {
        assertThat(BuiltinValidator.validate(kind, obj(object))).isEqualTo(causes);
    }

    @Test
    void validate_limitsConfigMapDataToOneMebibyte() {
        MapNode configMap = MapNode.of("data", MapNode.of("big", "x".repeat(1024 * 1024 + 1)));

        assertThat(BuiltinValidator.validate(CONFIG_MAP, configMap)).containsExactly(
                new Cause("FieldValueTooLong", "Too long: may not be more than 1048576 bytes", ""));
    }

    @Test
    void validate_acceptsKindsItHasNoRulesFor() {
        assertThat(BuiltinValidator.covers(new GroupKind("example.com", "Widget"))).isFalse();
        assertThat(BuiltinValidator.validate(new GroupKind("example.com", "Widget"), obj("{'spec':{}}"))).isEmpty();
    }

    @Test
    void sizeLimits_refuseLargeBodiesAndObjectsAsRequestEntityTooLarge() {
        assertThatCode(() -> SizeLimits.checkRequestBody(3 * 1024 * 1024)).doesNotThrowAnyException();
        assertThatThrownBy(() -> SizeLimits.checkRequestBody(3 * 1024 * 1024 + 1))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.code()).isEqualTo(413);
                    assertThat(e.reason()).isEqualTo("RequestEntityTooLarge");
                })
                .hasMessage("Request entity too large: limit is 3145728");
        MapNode big = MapNode.of("data", MapNode.of("a", "x".repeat(SizeLimits.MAX_OBJECT_BYTES)));
        assertThatThrownBy(() -> SizeLimits.checkObject(big))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo(413))
                .hasMessageStartingWith("Request entity too large: limit is 1572864 bytes for a stored object");
        assertThatCode(() -> SizeLimits.checkObject(MapNode.of("data", MapNode.of("a", "x".repeat(1_500_000)))))
                .doesNotThrowAnyException();
    }

    private static String workload(String selector, String podSpecFields, String containers) {
        return "{'metadata':{'name':'w'},'spec':{" + selector + TEMPLATE.formatted(podSpecFields, containers) + "}}";
    }

    private static Cause invalid(String field, String renderedValue, String detail) {
        return new Cause("FieldValueInvalid", "Invalid value: " + renderedValue + ": " + detail, field);
    }
}
