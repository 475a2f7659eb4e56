package dev.windlass.sandbox.query;

import static dev.windlass.sandbox.query.LabelSelectorTest.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.windlass.model.GroupKind;
import dev.windlass.model.tree.MapNode;
import dev.windlass.sandbox.api.ApiException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Expected texts are kube-apiserver's ({@code fields.ParseSelector} and the field label conversion functions). */
class FieldSelectorTest {

    private static final GroupKind POD = new GroupKind("", "Pod");

    static Stream<Arguments> canonicalForms() {
        return Stream.of(
                Arguments.of("metadata.name=x", "metadata.name=x"),
                Arguments.of("status.phase!=Running,metadata.name==x", "metadata.name=x,status.phase!=Running"),
                Arguments.of("metadata.name=a\\,b", "metadata.name=a\\,b"),
                Arguments.of(",metadata.name=x,", "metadata.name=x"),
                Arguments.of("", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("canonicalForms")
    void parse_printsTermsSortedWithValuesEscaped(String text, String canonical) {
        assertThat(FieldSelector.parse(text).toString()).isEqualTo(canonical);
    }

    @Test
    void parse_unescapesCommaEqualsAndBackslash() {
        FieldSelector selector = FieldSelector.parse("metadata.name=a\\=b\\\\c\\,d");

        assertThat(selector.terms()).containsExactly(new FieldSelector.Term("metadata.name", false, "a=b\\c,d"));
    }

    static Stream<Arguments> parseErrors() {
        return Stream.of(
                Arguments.of("metadata.name", "invalid selector: 'metadata.name'; can't understand 'metadata.name'"),
                Arguments.of("a=b,c", "invalid selector: 'a=b,c'; can't understand 'c'"),
                Arguments.of("a=b=c", "invalid field selector: unescaped character in value: 61"),
                Arguments.of("a=b\\x", "invalid field selector: invalid escape sequence: \\x"),
                Arguments.of("a=b\\", "invalid field selector: invalid escape sequence: \\"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("parseErrors")
    void parse_rejectsBadSyntaxAsBadRequest(String text, String message) {
        assertThatThrownBy(() -> FieldSelector.parse(text))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo(400))
                .hasMessage(message);
    }

    static Stream<Arguments> unsupportedFields() {
        return Stream.of(
                Arguments.of(POD, "spec.foo=x", "field label not supported: spec.foo"),
                Arguments.of(new GroupKind("", "ConfigMap"), "spec.foo=x",
                        "\"spec.foo\" is not a known field selector: only \"metadata.name\", \"metadata.namespace\""),
                Arguments.of(new GroupKind("apps", "Deployment"), "status.replicas=1",
                        "\"status.replicas\" is not a known field selector: only \"metadata.name\", \"metadata.namespace\""),
                Arguments.of(new GroupKind("batch", "Job"), "spec.foo=x", "field label \"spec.foo\" not supported for Job"),
                Arguments.of(new GroupKind("", "Namespace"), "metadata.namespace=x",
                        "field label not supported: metadata.namespace"),
                Arguments.of(new GroupKind("", "Node"), "metadata.namespace=x",
                        "field label not supported: metadata.namespace"),
                Arguments.of(new GroupKind("", "Secret"), "data=x", "field label not supported: data"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("unsupportedFields")
    void supportedBy_rejectsFieldsTheKindDoesNotIndex(GroupKind kind, String selector, String message) {
        FieldSelector parsed = FieldSelector.parse(selector);

        assertThatThrownBy(() -> parsed.supportedBy(SelectableFields.forKind(kind)))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.reason()).isEqualTo("BadRequest"))
                .hasMessage(message);
    }

    static Stream<Arguments> supportedFields() {
        return Stream.of(
                Arguments.of(POD, "status.phase=Running,spec.nodeName=n1,spec.schedulerName=s"),
                Arguments.of(new GroupKind("", "Event"), "involvedObject.name=web,reason=Failed,type=Warning,source=k"),
                Arguments.of(new GroupKind("", "Secret"), "type=kubernetes.io/tls,metadata.namespace=a"),
                Arguments.of(new GroupKind("apps", "ReplicaSet"), "status.replicas=0"),
                Arguments.of(new GroupKind("", "Node"), "spec.unschedulable=true"),
                Arguments.of(new GroupKind("apiextensions.k8s.io", "CustomResourceDefinition"), "metadata.name=x"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("supportedFields")
    void supportedBy_acceptsTheKindsIndexedFields(GroupKind kind, String selector) {
        FieldSelector parsed = FieldSelector.parse(selector);

        assertThat(parsed.supportedBy(SelectableFields.forKind(kind)).terms()).hasSameSizeAs(parsed.terms());
    }

    @Test
    void supportedBy_mapsTheOldPodHostFieldToNodeName() {
        FieldSelector selector = FieldSelector.parse("spec.host=n1").supportedBy(SelectableFields.forKind(POD));

        assertThat(selector.toString()).isEqualTo("spec.nodeName=n1");
        assertThat(selector.matches(obj("{'spec':{'nodeName':'n1'}}"))).isTrue();
    }

    @Test
    void forCustomResource_acceptsSelectableFieldsAndNamespaceOnlyWhenNamespaced() {
        SelectableFields clusterScoped = SelectableFields.forCustomResource(true, List.of(".spec.color"));

        assertThat(FieldSelector.parse("spec.color=red").supportedBy(clusterScoped)
                .matches(obj("{'spec':{'color':'red'}}"))).isTrue();
        assertThatThrownBy(() -> FieldSelector.parse("metadata.namespace=a").supportedBy(clusterScoped))
                .hasMessage("field label not supported: metadata.namespace");
        assertThat(SelectableFields.forCustomResource(false, List.of()).supports("metadata.namespace")).isTrue();
    }

    static Stream<Arguments> matching() {
        return Stream.of(
                Arguments.of(POD, "status.phase=Running", "{'status':{'phase':'Running'}}", true),
                Arguments.of(POD, "status.phase!=Running", "{'metadata':{'name':'a'}}", true),
                Arguments.of(POD, "spec.hostNetwork=false", "{'spec':{}}", true),
                Arguments.of(POD, "spec.hostNetwork=true", "{'spec':{'hostNetwork':true}}", true),
                Arguments.of(POD, "metadata.name=a,metadata.namespace=ns", "{'metadata':{'name':'a','namespace':'ns'}}",
                        true),
                Arguments.of(POD, "metadata.name=a,metadata.namespace=ns", "{'metadata':{'name':'a'}}", false),
                Arguments.of(new GroupKind("", "Event"), "source=kubelet", "{'source':{'component':'kubelet'}}", true),
                Arguments.of(new GroupKind("batch", "Job"), "status.successful=1", "{'status':{'succeeded':1}}", true),
                Arguments.of(new GroupKind("apps", "ReplicaSet"), "status.replicas=0", "{'status':{}}", true));
    }

    @ParameterizedTest(name = "{0} {1} on {2}")
    @MethodSource("matching")
    void matches_readsEachFieldAsTheServerIndexesIt(GroupKind kind, String selector, String object, boolean expected) {
        FieldSelector parsed = FieldSelector.parse(selector).supportedBy(SelectableFields.forKind(kind));

        assertThat(parsed.matches(obj(object))).isEqualTo(expected);
    }

    private static MapNode obj(String text) {
        return (MapNode) json(text);
    }
}
