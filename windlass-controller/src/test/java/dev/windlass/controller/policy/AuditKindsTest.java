package dev.windlass.controller.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.engine.cluster.ResourceType;
import dev.windlass.model.GroupVersionKind;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which kinds the audit lists for a constraint's match.kinds. */
class AuditKindsTest {

    private static final List<ResourceType> SERVED = List.of(
            new ResourceType(new GroupVersionKind("", "v1", "Pod"), "pods", true),
            new ResourceType(new GroupVersionKind("", "v1", "Namespace"), "namespaces", false),
            new ResourceType(new GroupVersionKind("apps", "v1", "Deployment"), "deployments", true),
            new ResourceType(new GroupVersionKind("apps", "v1", "StatefulSet"), "statefulsets", true));

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "kinds: [{apiGroups: [apps], kinds: [Deployment]}]  | Deployment",
        "kinds: [{apiGroups: [apps], kinds: ['*']}]         | Deployment StatefulSet",
        "kinds: [{apiGroups: ['*'], kinds: [Pod]}]          | Pod",
        "kinds: [{apiGroups: [''], kinds: [Pod, Namespace]}] | Pod Namespace",
        "kinds: [{kinds: [Deployment]}]                     | Deployment",
        "kinds: [{apiGroups: [apps]}]                       | Deployment StatefulSet",
        "namespaces: [a]                                    | Pod Namespace Deployment StatefulSet",
        "kinds: []                                          | Pod Namespace Deployment StatefulSet",
        "kinds: [{apiGroups: [batch], kinds: [Job]}]        | \"\"",
    })
    void of_listsTheServedKindsAConstraintMatches(String match, String expected) {
        String constraint = """
                apiVersion: constraints.gatekeeper.sh/v1beta1
                kind: K8sRequiredLabels
                metadata: {name: c}
                spec:
                  match: {%s}
                """.formatted(match);

        List<String> kinds = AuditKinds.of(PolicyLoop.parseAll(constraint), SERVED).stream()
                .map(type -> type.gvk().kind()).toList();

        assertThat(String.join(" ", kinds)).isEqualTo(expected);
    }
}
