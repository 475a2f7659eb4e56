package dev.windlass.engine.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.windlass.model.Issue;
import dev.windlass.model.ResourceKey;
import dev.windlass.model.Result;
import dev.windlass.model.Severity;
import dev.windlass.model.codec.CodecLimits;
import dev.windlass.model.codec.ScalarSchema;
import dev.windlass.model.codec.YamlReader;
import dev.windlass.model.tree.ListNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IgnoreDifferenceTest {

    private static final ResourceKey APP = new ResourceKey("argoproj.io", "Application", "argocd", "shop");

    private static ListNode yaml(String text) {
        return YamlReader.create(CodecLimits.DEFAULT, ScalarSchema.KUBERNETES).read("app.yaml", text)
                .documents().get(0).content().asList().orElseThrow();
    }

    @Test
    void parse_readsEveryFieldOfAnEntry() {
        Result<List<IgnoreDifference>> result = IgnoreDifference.parse(yaml("""
                - group: apps
                  kind: Deployment
                  name: guestbook
                  namespace: default
                  jsonPointers: [/spec/replicas]
                  jqPathExpressions: ['.spec.template.spec.initContainers[] | select(.name == "x")']
                  managedFieldsManagers: [kube-controller-manager]
                - kind: ConfigMap
                """));

        assertThat(result.issues()).isEmpty();
        assertThat(result.value()).containsExactly(
                new IgnoreDifference("apps", "Deployment", "guestbook", "default", List.of("/spec/replicas"),
                        List.of(".spec.template.spec.initContainers[] | select(.name == \"x\")"), List.of("kube-controller-manager")),
                new IgnoreDifference("", "ConfigMap", "", "", List.of(), List.of(), List.of()));
    }

    @Test
    void parse_unsupportedJqExpressionIsAWarningNamingItAndIsLeftOut() {
        Result<List<IgnoreDifference>> result = IgnoreDifference.parse(yaml("""
                - group: apps
                  kind: Deployment
                  jqPathExpressions: ['.spec.replicas', '.metadata | keys']
                """), APP);

        assertThat(result.hasErrors()).isFalse();
        assertThat(result.warnings()).singleElement().satisfies(issue -> {
            assertThat(issue.code()).isEqualTo("UnsupportedJqPathExpression");
            assertThat(issue.message()).contains("'.metadata | keys'");
            assertThat(issue.location().toString()).isEqualTo("Application.argoproj.io/argocd/shop spec.ignoreDifferences[0].jqPathExpressions[1]");
        });
        assertThat(result.value()).singleElement().extracting(IgnoreDifference::jqPathExpressions).isEqualTo(List.of(".spec.replicas"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", value = {
        "'- just text' => spec.ignoreDifferences[0]",
        "'- group: apps' => spec.ignoreDifferences[0]",
        "'- {kind: Deployment, jsonPointers: [spec/replicas]}' => spec.ignoreDifferences[0].jsonPointers[0]",
        "'- {kind: Deployment, jsonPointers: [/a/~2]}' => spec.ignoreDifferences[0].jsonPointers[0]",
        "'- {kind: Deployment, jsonPointers: /spec/replicas}' => spec.ignoreDifferences[0].jsonPointers",
        "'- {kind: Deployment, name: [a]}' => spec.ignoreDifferences[0].name",
        "'- {kind: Deployment, managedFieldsManagers: [1, 2]}' => spec.ignoreDifferences[0].managedFieldsManagers",
        "'- {kind: \"\"}' => spec.ignoreDifferences[0]",
    })
    void parse_malformedEntryIsAnErrorAtItsFieldAndIsLeftOut(String entries, String field) {
        Result<List<IgnoreDifference>> result = IgnoreDifference.parse(yaml(entries));

        assertThat(result.value()).isEmpty();
        assertThat(result.errors()).singleElement().satisfies(issue -> {
            assertThat(issue.severity()).isEqualTo(Severity.ERROR);
            assertThat(issue.code()).isEqualTo("InvalidIgnoreDifference");
            assertThat(issue.location().fieldPath().orElseThrow().toString()).isEqualTo(field);
        });
    }

    @Test
    void parse_keepsTheGoodEntriesBesideABadOne() {
        Result<List<IgnoreDifference>> result = IgnoreDifference.parse(yaml("""
                - {group: apps}
                - {group: apps, kind: Deployment, jsonPointers: [/spec/replicas]}
                """));

        assertThat(result.errors()).extracting(Issue::message).singleElement().asString().contains("no 'kind'");
        assertThat(result.value()).extracting(IgnoreDifference::kind).containsExactly("Deployment");
    }

    @ParameterizedTest(name = "{0}/{1} {2}/{3} matches {4}/{5} {6}/{7}: {8}")
    @CsvSource({
        "apps, Deployment, '', '', apps, Deployment, shop, web, true",
        "apps, Deployment, '', '', apps, StatefulSet, shop, web, false",
        "'', ConfigMap, '', '', apps, ConfigMap, shop, web, false",
        "*, *, '', '', networking.k8s.io, Ingress, shop, web, true",
        "'*.k8s.io', *, '', '', networking.k8s.io, Ingress, shop, web, true",
        "apps, 'Stateful*', '', '', apps, StatefulSet, shop, web, true",
        "apps, Deployment, web, '', apps, Deployment, other, web, true",
        "apps, Deployment, web, shop, apps, Deployment, other, web, false",
        "apps, Deployment, api, '', apps, Deployment, shop, web, false",
        "apps, Deploymen?, '', '', apps, Deployment, shop, web, true",
    })
    void matches_groupAndKindAsGlobsAndNameAndNamespaceExactlyOrAny(String group, String kind, String name, String namespace,
                                                                     String objectGroup, String objectKind, String objectNamespace,
                                                                     String objectName, boolean matches) {
        IgnoreDifference rule = new IgnoreDifference(group, kind, name, namespace, List.of(), List.of(), List.of());

        assertThat(rule.matches(new ResourceKey(objectGroup, objectKind, objectNamespace, objectName))).isEqualTo(matches);
    }

    @Test
    void constructor_refusesAnUnsupportedExpressionNamingIt() {
        assertThatThrownBy(() -> new IgnoreDifference("apps", "Deployment", "", "", List.of(), List.of(".a | length"), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'.a | length'");
    }
}
