package dev.windlass.sandbox.validation;

import static dev.windlass.sandbox.validation.MetadataValidatorTest.obj;
import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.model.GroupKind;
import dev.windlass.sandbox.api.ApiException.Cause;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Expected causes are kube-apiserver's update validation (core, apps, batch, rbac, apiextensions).
 * Messages of a changed pod or claim spec are compared up to the newline after which the server
 * prints a go-cmp diff; the sandbox prints its own list of changed fields there.
 */
class ImmutableFieldsTest {

    private static final GroupKind POD = new GroupKind("", "Pod");
    private static final GroupKind DEPLOYMENT = new GroupKind("apps", "Deployment");
    private static final GroupKind STATEFUL_SET = new GroupKind("apps", "StatefulSet");
    private static final GroupKind SERVICE = new GroupKind("", "Service");
    private static final GroupKind JOB = new GroupKind("batch", "Job");
    private static final GroupKind SECRET = new GroupKind("", "Secret");
    private static final GroupKind CONFIG_MAP = new GroupKind("", "ConfigMap");
    private static final GroupKind CLAIM = new GroupKind("", "PersistentVolumeClaim");
    private static final GroupKind CRD = new GroupKind("apiextensions.k8s.io", "CustomResourceDefinition");
    private static final String IMMUTABLE_SET = "Forbidden: field is immutable when `immutable` is set";
    private static final String POD_FORBIDDEN = "Forbidden: pod updates may not change fields other than"
            + " `spec.containers[*].image`,`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`,`spec.tolerations`"
            + " (only additions to existing tolerations),`spec.terminationGracePeriodSeconds` (allow it to be set to 1"
            + " if it was previously negative)";
    private static final String POD_JSON = "{'metadata':{'name':'p'},'spec':{%s'containers':[{'name':'c','image':'a'}]}}";
    private static final String TOLERATION = "'tolerations':[{'key':'k','operator':'Exists','effect':'NoExecute',"
            + "'tolerationSeconds':%d}%s],";

    static Stream<Arguments> updates() {
        return Stream.of(
                Arguments.of(POD, "{'metadata':{'name':'a','uid':'1'}}", "{'metadata':{'name':'b','uid':'2'}}", List.of(
                        invalid("metadata.name", "\"b\"", FieldErrors.IMMUTABLE),
                        invalid("metadata.uid", "\"2\"", FieldErrors.IMMUTABLE))),
                Arguments.of(POD, "{'metadata':{'creationTimestamp':'2024-01-01T00:00:00Z'}}",
                        "{'metadata':{'creationTimestamp':'2025-01-01T00:00:00Z'}}", List.of(invalid(
                                "metadata.creationTimestamp", "\"2025-01-01T00:00:00Z\"", FieldErrors.IMMUTABLE))),
                Arguments.of(DEPLOYMENT, "{'spec':{'replicas':1,'selector':{'matchLabels':{'app':'a'}}}}",
                        "{'spec':{'replicas':5,'selector':{'matchLabels':{'app':'a'}}}}", List.of()),
                Arguments.of(DEPLOYMENT, "{'spec':{'selector':{'matchLabels':{'app':'a'}}}}",
                        "{'spec':{'selector':{'matchLabels':{'tier':'x','app':'b'}}}}", List.of(invalid("spec.selector",
                                "{\"matchLabels\":{\"app\":\"b\",\"tier\":\"x\"}}", FieldErrors.IMMUTABLE))),
                Arguments.of(new GroupKind("apps", "DaemonSet"), "{'spec':{'selector':{'matchLabels':{'a':'1'}}}}",
                        "{'spec':{}}", List.of(invalid("spec.selector", "null", FieldErrors.IMMUTABLE))),
                Arguments.of(STATEFUL_SET, "{'spec':{'serviceName':'db','replicas':1,'minReadySeconds':0}}",
                        "{'spec':{'serviceName':'db','replicas':3,'minReadySeconds':5,'ordinals':{'start':1}}}", List.of()),
                Arguments.of(STATEFUL_SET, "{'spec':{'serviceName':'db'}}", "{'spec':{'serviceName':'db2'}}",
                        List.of(new Cause("FieldValueForbidden", "Forbidden: updates to statefulset spec for fields other"
                                + " than 'replicas', 'ordinals', 'template', 'updateStrategy',"
                                + " 'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds' are forbidden", "spec"))),
                Arguments.of(SERVICE, "{'spec':{'clusterIP':'10.0.0.1','clusterIPs':['10.0.0.1']}}",
                        "{'spec':{'clusterIP':'10.0.0.2'}}", List.of(invalid("spec.clusterIPs[0]", "[\"10.0.0.2\"]",
                                "may not change once set"))),
                Arguments.of(SERVICE, "{'spec':{'clusterIP':'10.0.0.1','clusterIPs':['10.0.0.1']}}",
                        "{'spec':{'ports':[{'port':80}]}}", List.of()),
                Arguments.of(SERVICE, "{'spec':{'type':'ExternalName','externalName':'a.example'}}",
                        "{'spec':{'type':'ClusterIP','clusterIP':'10.0.0.9'}}", List.of()),
                Arguments.of(SERVICE, "{'spec':{'clusterIPs':['10.0.0.1','fd00::1']}}",
                        "{'spec':{'clusterIPs':['10.0.0.1']}}", List.of(invalid("spec.ipFamilyPolicy", "null",
                                "must be set to 'SingleStack' when releasing the secondary clusterIP"))),
                Arguments.of(SERVICE, "{'spec':{'clusterIPs':['10.0.0.1']}}",
                        "{'spec':{'clusterIPs':['10.0.0.1','fd00::1']}}", List.of()),
                Arguments.of(JOB, "{'spec':{'completions':1,'template':{'spec':{'nodeSelector':{'a':'1'}}}}}",
                        "{'spec':{'completions':3,'template':{'spec':{'nodeSelector':{'a':'2'}}}}}", List.of(
                                invalid("spec.completions", "3", FieldErrors.IMMUTABLE),
                                invalid("spec.template", "{\"spec\":{\"nodeSelector\":{\"a\":\"2\"}}}",
                                        FieldErrors.IMMUTABLE))),
                Arguments.of(JOB, "{'spec':{'suspend':true,'template':{'spec':{'nodeSelector':{'a':'1'}}}}}",
                        "{'spec':{'suspend':true,'template':{'metadata':{'labels':{'x':'y'}},'spec':{'nodeSelector':"
                                + "{'a':'2'},'tolerations':[{'operator':'Exists'}]}}}}", List.of()),
                Arguments.of(JOB, "{'spec':{'completionMode':'Indexed','completions':2,'parallelism':2}}",
                        "{'spec':{'completionMode':'Indexed','completions':4,'parallelism':4}}", List.of()),
                Arguments.of(JOB, "{'spec':{'completionMode':'Indexed','completions':2,'parallelism':2}}",
                        "{'spec':{'completionMode':'Indexed','completions':4,'parallelism':2}}", List.of(invalid(
                                "spec.completions", "4", "can only be modified in tandem with spec.parallelism"))),
                Arguments.of(JOB, "{'spec':{'selector':{'matchLabels':{'a':'1'}}}}",
                        "{'spec':{'selector':{'matchLabels':{'a':'2'}}}}", List.of(invalid("spec.selector",
                                "{\"matchLabels\":{\"a\":\"2\"}}", FieldErrors.IMMUTABLE))),
                Arguments.of(SECRET, "{'type':'Opaque','data':{'a':'eA=='}}", "{'data':{'a':'eQ=='}}", List.of()),
                Arguments.of(SECRET, "{'type':'Opaque'}", "{'type':'kubernetes.io/tls'}", List.of(invalid("type",
                        "\"kubernetes.io/tls\"", FieldErrors.IMMUTABLE))),
                Arguments.of(SECRET, "{'immutable':true,'data':{'a':'eA=='}}", "{'immutable':true,'stringData':{'a':'y'},"
                        + "'data':{'a':'eA=='}}", List.of(new Cause("FieldValueForbidden", IMMUTABLE_SET, "data"))),
                Arguments.of(SECRET, "{'immutable':true,'data':{'a':'eA=='}}", "{'immutable':true,'stringData':{'a':'x'}}",
                        List.of()),
                Arguments.of(CONFIG_MAP, "{'immutable':true,'data':{'a':'1'},'binaryData':{'b':'AA=='}}",
                        "{'immutable':false,'data':{'a':'1'}}", List.of(
                                new Cause("FieldValueForbidden", IMMUTABLE_SET, "immutable"),
                                new Cause("FieldValueForbidden", IMMUTABLE_SET, "binaryData"))),
                Arguments.of(CONFIG_MAP, "{'data':{'a':'1'}}", "{'immutable':true,'data':{'a':'2'}}", List.of()),
                Arguments.of(CLAIM, "{'spec':{'resources':{'requests':{'storage':'1Gi'}}},'status':{'phase':'Bound'}}",
                        "{'spec':{'resources':{'requests':{'storage':'2Gi'}}}}", List.of()),
                Arguments.of(CLAIM, "{'spec':{'storageClassName':'a'}}", "{'spec':{'storageClassName':'a',"
                        + "'volumeName':'pv-1'}}", List.of()),
                Arguments.of(new GroupKind("rbac.authorization.k8s.io", "RoleBinding"), "{'roleRef':{'apiGroup':"
                        + "'rbac.authorization.k8s.io','kind':'ClusterRole','name':'view'}}", "{'roleRef':{'name':'edit',"
                        + "'kind':'ClusterRole','apiGroup':'rbac.authorization.k8s.io'}}", List.of(invalid("roleRef",
                        "{\"apiGroup\":\"rbac.authorization.k8s.io\",\"kind\":\"ClusterRole\",\"name\":\"edit\"}",
                        "cannot change roleRef"))),
                Arguments.of(CRD, "{'spec':{'group':'a.io','scope':'Namespaced','names':{'plural':'xs'}}}",
                        "{'spec':{'group':'b.io','scope':'Cluster','names':{'plural':'xs'}}}", List.of(invalid(
                                "spec.group", "\"b.io\"", FieldErrors.IMMUTABLE))),
                Arguments.of(CRD, "{'spec':{'group':'a.io','scope':'Namespaced'},'status':{'conditions':[{'type':"
                        + "'Established','status':'True'}]}}", "{'spec':{'group':'a.io','scope':'Cluster'}}", List.of(
                        invalid("spec.scope", "\"Cluster\"", FieldErrors.IMMUTABLE))));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("updates")
    void check_reportsTheServersCausesForImmutableFields(GroupKind kind, String old, String updated, List<Cause> causes) {
        assertThat(ImmutableFields.check(kind, obj(old), obj(updated))).isEqualTo(causes);
    }

    static Stream<Arguments> podUpdates() {
        return Stream.of(
                Arguments.of(String.format(POD_JSON, ""), pod("", "b"), List.of()),
                Arguments.of(String.format(POD_JSON, ""), pod("", ""), List.of(new Cause("FieldValueRequired",
                        "Required value", "spec.containers[0].image"))),
                Arguments.of(String.format(POD_JSON, ""), "{'metadata':{'name':'p'},'spec':{'containers':[{'name':'c','image':'a'},{'name':'d',"
                        + "'image':'a'}]}}", List.of(new Cause("FieldValueForbidden",
                        "Forbidden: pod updates may not add or remove containers", "spec.containers"))),
                Arguments.of(String.format(POD_JSON, "'activeDeadlineSeconds':10,"), pod("'activeDeadlineSeconds':20,", "a"),
                        List.of(invalid("spec.activeDeadlineSeconds", "20", "must be less than or equal to previous value"))),
                Arguments.of(String.format(POD_JSON, "'activeDeadlineSeconds':10,"), pod("", "a"), List.of(invalid(
                        "spec.activeDeadlineSeconds", "null", "must not update from a positive integer to nil value"))),
                Arguments.of(String.format(POD_JSON, "'activeDeadlineSeconds':10,"), pod("'activeDeadlineSeconds':5,", "a"),
                        List.of()),
                Arguments.of(String.format(POD_JSON, TOLERATION.formatted(30, "")),
                        pod(TOLERATION.formatted(60, ",{'operator':'Exists'}"), "a"), List.of()),
                Arguments.of(String.format(POD_JSON, TOLERATION.formatted(30, ",{'key':'x','operator':'Exists'}")),
                        pod(TOLERATION.formatted(30, ""), "a"), List.of(new Cause("FieldValueForbidden", "Forbidden:"
                        + " existing toleration can not be modified except its tolerationSeconds", "spec.tolerations"))),
                Arguments.of(String.format(POD_JSON, "'terminationGracePeriodSeconds':-1,"),
                        pod("'terminationGracePeriodSeconds':1,", "a"), List.of()),
                Arguments.of(String.format(POD_JSON, "'schedulingGates':[{'name':'a'}],"),
                        pod("'schedulingGates':[{'name':'a'},{'name':'b'}],", "a"), List.of(new Cause(
                                "FieldValueForbidden", "Forbidden: only deletion is allowed, but found new scheduling"
                                + " gate 'b'", "spec.schedulingGates[1].name"))),
                Arguments.of(String.format(POD_JSON, "'schedulingGates':[{'name':'a'}],'nodeSelector':{'x':'1'},"),
                        pod("'nodeSelector':{'x':'1','y':'2'},", "a"), List.of()));
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @MethodSource("podUpdates")
    void podUpdate_allowsOnlyTheServersMutableFields(String old, String updated, List<Cause> causes) {
        assertThat(ImmutableFields.check(POD, obj(old), obj(updated))).isEqualTo(causes);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forbiddenSpecChanges")
    void forbiddenSpecChange_startsWithTheServersMessageAndListsTheChange(GroupKind kind, String old, String updated,
            String message, String diff) {
        List<Cause> causes = ImmutableFields.check(kind, obj(old), obj(updated));

        assertThat(causes).hasSize(1);
        assertThat(causes.get(0).field()).isEqualTo("spec");
        assertThat(causes.get(0).message()).isEqualTo(message + "\n" + diff);
    }

    static Stream<Arguments> forbiddenSpecChanges() {
        return Stream.of(
                Arguments.of(POD, String.format(POD_JSON, "'nodeName':'n1',"), pod("'nodeName':'n2',", "b"), POD_FORBIDDEN,
                        "  - spec.nodeName: \"n1\"\n  + spec.nodeName: \"n2\""),
                Arguments.of(CLAIM, "{'spec':{'storageClassName':'a','resources':{'requests':{'storage':'1Gi'}}}}",
                        "{'spec':{'storageClassName':'b','resources':{'requests':{'storage':'1Gi'}}}}",
                        "Forbidden: spec is immutable after creation except resources.requests and"
                                + " volumeAttributesClassName for bound claims",
                        "  - spec.storageClassName: \"a\"\n  + spec.storageClassName: \"b\""));
    }

    private static String pod(String specFields, String image) {
        return "{'metadata':{'name':'p'},'spec':{" + specFields + "'containers':[{'name':'c','image':'" + image + "'}]}}";
    }

    private static Cause invalid(String field, String renderedValue, String detail) {
        return new Cause("FieldValueInvalid", "Invalid value: " + renderedValue + ": " + detail, field);
    }
}
