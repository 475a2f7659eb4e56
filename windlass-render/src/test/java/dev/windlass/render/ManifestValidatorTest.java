package dev.windlass.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.model.Issue;
import dev.windlass.model.KubeObject;
import dev.windlass.model.Origin;
import dev.windlass.model.Position;
import dev.windlass.model.Severity;
import dev.windlass.model.SourceMap;
import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ManifestValidatorTest {

    private static final FieldPath NAME = FieldPath.of("metadata", "name");

    @Test
    void validate_acceptsWellFormedObjects() {
        KubeObject deployment = object("apps/v1", "Deployment", Map.of("name", "web", "namespace", "prod",
                "labels", Map.of("app.kubernetes.io/name", "web", "tier", ""),
                "annotations", Map.of("description", "free text, with spaces!")));
        KubeObject namespace = object("v1", "Namespace", Map.of("name", "prod"));

        assertThat(ManifestValidator.validate(List.of(deployment, namespace))).isEmpty();
    }

    static Stream<Arguments> names() {
        return Stream.of(
                Arguments.of("v1", "ConfigMap", "web", true),
                Arguments.of("v1", "ConfigMap", "web.config-2", true),
                Arguments.of("v1", "ConfigMap", "My_App", false),
                Arguments.of("v1", "ConfigMap", "-web", false),
                Arguments.of("v1", "ConfigMap", "web-", false),
                Arguments.of("v1", "ConfigMap", "web..config", false),
                Arguments.of("v1", "ConfigMap", "a".repeat(253), true),
                Arguments.of("v1", "ConfigMap", "a".repeat(254), false),
                Arguments.of("apps/v1", "Deployment", "web.v2", true),
                Arguments.of("apps/v1", "StatefulSet", "db.v2", false),
                Arguments.of("apps/v1", "StatefulSet", "db-2", true),
                Arguments.of("v1", "Namespace", "1prod", true),
                Arguments.of("v1", "Namespace", "prod.eu", false),
                Arguments.of("v1", "Namespace", "a".repeat(64), false),
                Arguments.of("v1", "Service", "web-1", true),
                Arguments.of("v1", "Service", "1web", false),
                Arguments.of("v1", "Service", "web.svc", false),
                Arguments.of("v1", "Service", "a".repeat(63), true),
                Arguments.of("rbac.authorization.k8s.io/v1", "ClusterRole", "system:aggregate-to-admin", true),
                Arguments.of("rbac.authorization.k8s.io/v1", "RoleBinding", "Mixed_Case:ok", true),
                Arguments.of("rbac.authorization.k8s.io/v1", "Role", "a/b", false),
                Arguments.of("rbac.authorization.k8s.io/v1", "Role", "..", false),
                Arguments.of("v1", "PersistentVolume", "pv%1", false),
                Arguments.of("batch/v1", "CronJob", "c".repeat(52), true),
                Arguments.of("batch/v1", "CronJob", "c".repeat(53), false),
                Arguments.of("example.com/v1", "Widget", "widget.v2", true),
                Arguments.of("example.com/v1", "Widget", "My.Widget", false));
    }

    @ParameterizedTest(name = "{1} named \"{2}\" valid={3}")
    @MethodSource("names")
    void validate_checksNamesByTheRuleOfTheirKind(String apiVersion, String kind, String name, boolean valid) {
        List<Issue> issues = ManifestValidator.validate(List.of(object(apiVersion, kind, Map.of("name", name))));

        if (valid) {
            assertThat(issues).isEmpty();
        } else {
            assertThat(issues).singleElement().satisfies(issue -> {
                assertThat(issue.code()).isEqualTo(ManifestValidator.INVALID_NAME);
                assertThat(issue.location().fieldPath()).contains(NAME);
            });
        }
    }

    @Test
    void validate_suggestsAValidName() {
        List<Issue> issues = ManifestValidator.validate(List.of(object("v1", "ConfigMap", Map.of("name", "My_App"))));

        assertThat(issues).singleElement().extracting(Issue::message).asString()
                .contains("metadata.name \"My_App\" is not a valid ConfigMap name")
                .contains("\"my-app\"");
    }

    @Test
    void validate_acceptsGenerateNameAloneWithTrailingDash() {
        List<Issue> issues = ManifestValidator.validate(List.of(object("batch/v1", "Job", Map.of("generateName", "migrate-"))));

        assertThat(issues).isEmpty();
    }

    @Test
    void validate_checksGenerateNameSyntax() {
        List<Issue> issues = ManifestValidator.validate(List.of(object("batch/v1", "Job", Map.of("generateName", "Migrate-"))));

        assertThat(issues).singleElement().satisfies(issue -> {
            assertThat(issue.code()).isEqualTo(ManifestValidator.INVALID_NAME);
            assertThat(issue.location().fieldPath()).contains(FieldPath.of("metadata", "generateName"));
        });
    }

    @Test
    void validate_reportsMissingNameAtTheNameField() {
        KubeObject object = located(object("v1", "ConfigMap", Map.of("namespace", "prod")), "cm.yaml",
                Map.of("", new Position(1, 1), "/metadata", new Position(3, 3)));

        List<Issue> issues = ManifestValidator.validate(List.of(object));

        assertThat(issues).singleElement().satisfies(issue -> {
            assertThat(issue.code()).isEqualTo(ManifestValidator.MISSING_FIELD);
            assertThat(issue.location().fileText()).isEqualTo("cm.yaml:3:3");
            assertThat(issue.location().fieldPath()).contains(NAME);
            assertThat(issue.message()).contains("metadata.name is missing");
        });
    }

    @Test
    void validate_reportsMissingApiVersionAndKind() {
        KubeObject object = KubeObject.of(MapNode.of("metadata", Map.of("name", "web")));

        List<Issue> issues = ManifestValidator.validate(List.of(object));

        assertThat(issues).extracting(Issue::code).containsExactly(ManifestValidator.MISSING_FIELD, ManifestValidator.MISSING_FIELD);
        assertThat(issues).extracting(Issue::message).anySatisfy(m -> assertThat(m).startsWith("apiVersion is missing"))
                .anySatisfy(m -> assertThat(m).startsWith("kind is missing"));
    }

    @Test
    void validate_warnsAboutApiVersionsKubernetesRemoved() {
        List<Issue> issues = ManifestValidator.validate(List.of(
                object("extensions/v1beta1", "Ingress", Map.of("name", "web")),
                object("policy/v1beta1", "PodSecurityPolicy", Map.of("name", "restricted")),
                object("batch/v1", "CronJob", Map.of("name", "nightly")),
                object("example.com/v1beta1", "Ingress", Map.of("name", "custom"))));

        assertThat(issues).extracting(Issue::code).containsExactly(
                ManifestValidator.REMOVED_API_VERSION, ManifestValidator.REMOVED_API_VERSION);
        assertThat(issues).allMatch(issue -> issue.severity() == dev.windlass.model.Severity.WARNING);
        assertThat(issues.get(0).message()).contains("removed in Kubernetes 1.22").contains("networking.k8s.io/v1");
        assertThat(issues.get(1).message()).contains("1.25").contains("nothing replaces it");
    }

    @Test
    void validate_reportsMalformedApiVersion() {
        List<Issue> issues = ManifestValidator.validate(List.of(object("apps/v1/beta", "Deployment", Map.of("name", "web"))));

        assertThat(issues).extracting(Issue::code).containsExactly(ManifestValidator.INVALID_API_VERSION);
    }

    @Test
    void validate_saysToQuoteANumericName() {
        List<Issue> issues = ManifestValidator.validate(List.of(object("v1", "ConfigMap", Map.of("name", 123))));

        assertThat(issues).singleElement().satisfies(issue -> {
            assertThat(issue.code()).isEqualTo(ManifestValidator.WRONG_TYPE);
            assertThat(issue.message()).contains("the number 123").contains("quote it, as in name: \"123\"");
        });
    }

    @Test
    void validate_reportsMetadataThatIsNotAMapOnce() {
        KubeObject object = KubeObject.of(MapNode.of("apiVersion", "v1", "kind", "ConfigMap", "metadata", List.of("web")));

        assertThat(ManifestValidator.validate(List.of(object))).extracting(Issue::code)
                .containsExactly(ManifestValidator.WRONG_TYPE);
    }

    @ParameterizedTest(name = "namespace \"{0}\" valid={1}")
    @CsvSource({"prod, true", "team-a, true", "Prod, false", "prod.eu, false", "-prod, false"})
    void validate_checksNamespaceIsADnsLabel(String namespace, boolean valid) {
        List<Issue> issues = ManifestValidator.validate(List.of(object("v1", "ConfigMap", Map.of("name", "web", "namespace", namespace))));

        assertThat(issues).extracting(Issue::code)
                .isEqualTo(valid ? List.of() : List.of(ManifestValidator.INVALID_NAMESPACE));
    }

    @ParameterizedTest(name = "label key \"{0}\" valid={1}")
    @CsvSource({
        "app, true", "app.kubernetes.io/name, true", "example.com/Some_Key.v1, true",
        "App.Example.com/name, false", "/name, false", "example.com/, false", "-app, false", "app-, false",
        "has space, false", "a/b/c, false"})
    void validate_checksLabelKeys(String key, boolean valid) {
        List<Issue> issues = ManifestValidator.validate(List.of(object("v1", "ConfigMap", Map.of("name", "web", "labels", Map.of(key, "x")))));

        assertThat(issues).extracting(Issue::code).isEqualTo(valid ? List.of() : List.of(ManifestValidator.INVALID_LABEL));
    }

    @Test
    void validate_checksLongLabelKeyNamesAndPrefixes() {
        String longName = "k".repeat(64);
        String longPrefix = "p".repeat(254) + "/name";

        assertThat(labelIssues(Map.of("k".repeat(63), "x"))).isEmpty();
        assertThat(labelIssues(Map.of(longName, "x"))).singleElement().extracting(Issue::message).asString()
                .contains("64 characters long, over the limit of 63");
        assertThat(labelIssues(Map.of(longPrefix, "x"))).singleElement().extracting(Issue::code)
                .isEqualTo(ManifestValidator.INVALID_LABEL);
    }

    @ParameterizedTest(name = "label value \"{0}\" valid={1}")
    @CsvSource({"'', true", "v1.2_3-rc, true", "A, true", "has space, false", "-a, false", "a_, false", "a/b, false"})
    void validate_checksLabelValues(String value, boolean valid) {
        List<Issue> issues = labelIssues(Map.of("app", value));

        assertThat(issues).extracting(Issue::code).isEqualTo(valid ? List.of() : List.of(ManifestValidator.INVALID_LABEL));
    }

    @Test
    void validate_refusesLabelValuesOverSixtyThreeCharacters() {
        assertThat(labelIssues(Map.of("app", "v".repeat(63)))).isEmpty();
        assertThat(labelIssues(Map.of("app", "v".repeat(64)))).hasSize(1);
    }

    @Test
    void validate_saysToQuoteABooleanLabelValue() {
        KubeObject object = located(object("v1", "ConfigMap", Map.of("name", "web", "labels", Map.of("enabled", true))),
                "cm.yaml", Map.of("", new Position(1, 1), "/metadata/labels/enabled", new Position(6, 14)));

        List<Issue> issues = ManifestValidator.validate(List.of(object));

        assertThat(issues).singleElement().satisfies(issue -> {
            assertThat(issue.severity()).isEqualTo(Severity.ERROR);
            assertThat(issue.code()).isEqualTo(ManifestValidator.WRONG_TYPE);
            assertThat(issue.location().fileText()).isEqualTo("cm.yaml:6:14");
            assertThat(issue.message())
                    .isEqualTo("the value of label \"enabled\" is the boolean true, but must be a string; quote it, as in enabled: \"true\"");
        });
    }

    @Test
    void validate_saysToQuoteANumericAnnotationValue() {
        List<Issue> issues = ManifestValidator.validate(List.of(
                object("v1", "ConfigMap", Map.of("name", "web", "annotations", Map.of("argocd.argoproj.io/sync-wave", 1)))));

        assertThat(issues).singleElement().extracting(Issue::message).asString()
                .contains("annotation \"argocd.argoproj.io/sync-wave\" is the number 1")
                .contains("argocd.argoproj.io/sync-wave: \"1\"");
    }

    @Test
    void validate_warnsAboutNullAnnotationValues() {
        Map<String, Object> annotations = new LinkedHashMap<>();
        annotations.put("note", null);

        List<Issue> issues = ManifestValidator.validate(List.of(object("v1", "ConfigMap", Map.of("name", "web", "annotations", annotations))));

        assertThat(issues).singleElement().extracting(Issue::severity).isEqualTo(Severity.WARNING);
    }

    @Test
    void validate_refusesLabelsThatAreNotAMap() {
        List<Issue> issues = ManifestValidator.validate(List.of(object("v1", "ConfigMap", Map.of("name", "web", "labels", List.of("app")))));

        assertThat(issues).singleElement().extracting(Issue::message).asString().isEqualTo(
                "metadata.labels is a list, but must be a map of keys to values");
    }

    @Test
    void validate_refusesAnnotationsOverTheTotalSizeLimit() {
        Map<String, Object> annotations = Map.of("a", "x".repeat(200 * 1024), "b", "y".repeat(60 * 1024));

        List<Issue> issues = ManifestValidator.validate(List.of(object("v1", "ConfigMap", Map.of("name", "web", "annotations", annotations))));

        assertThat(issues).extracting(Issue::code).containsExactly(ManifestValidator.ANNOTATIONS_TOO_LARGE);
    }

    @Test
    void validate_reportsTheSameResourceTwiceNamingBothPlaces() {
        KubeObject first = located(object("apps/v1", "Deployment", Map.of("name", "web", "namespace", "prod")), "a.yaml",
                Map.of("", new Position(1, 1), "/metadata/name", new Position(4, 9)));
        KubeObject second = located(object("apps/v1beta2", "Deployment", Map.of("name", "web", "namespace", "prod")), "b/c.yaml",
                Map.of("", new Position(10, 1), "/metadata/name", new Position(13, 9)));

        List<Issue> issues = ManifestValidator.validate(List.of(first, second));

        // the version does not matter for identity; apps/v1beta2 is also warned about as removed
        assertThat(issues).extracting(Issue::code)
                .containsExactly(ManifestValidator.REMOVED_API_VERSION, ManifestValidator.DUPLICATE_RESOURCE);
        assertThat(issues).filteredOn(Issue::isError).singleElement().satisfies(issue -> {
            assertThat(issue.code()).isEqualTo(ManifestValidator.DUPLICATE_RESOURCE);
            assertThat(issue.location().fileText()).isEqualTo("b/c.yaml:13:9");
            assertThat(issue.message()).startsWith("Deployment.apps/prod/web is defined twice, at a.yaml:4:9 and at b/c.yaml:13:9;");
        });
    }

    @Test
    void validate_treatsOtherNamespacesAndKindsAsDifferentResources() {
        List<KubeObject> objects = List.of(
                object("v1", "ConfigMap", Map.of("name", "web", "namespace", "a")),
                object("v1", "ConfigMap", Map.of("name", "web", "namespace", "b")),
                object("v1", "Secret", Map.of("name", "web", "namespace", "a")),
                object("batch/v1", "Job", Map.of("generateName", "run-")),
                object("batch/v1", "Job", Map.of("generateName", "run-")));

        assertThat(ManifestValidator.validate(objects)).isEmpty();
    }

    private static List<Issue> labelIssues(Map<String, ?> labels) {
        return ManifestValidator.validate(List.of(object("v1", "ConfigMap", Map.of("name", "web", "labels", labels))));
    }

    private static KubeObject object(String apiVersion, String kind, Map<String, ?> metadata) {
        return KubeObject.of(MapNode.builder()
                .put("apiVersion", Node.of(apiVersion))
                .put("kind", Node.of(kind))
                .put("metadata", Node.from(metadata))
                .build());
    }

    private static KubeObject located(KubeObject object, String file, Map<String, Position> positions) {
        SourceMap.Builder map = SourceMap.builder();
        positions.forEach(map::put);
        return object.withOrigin(new Origin(file, 0, positions.getOrDefault("", new Position(1, 1)), map.build()));
    }
}
