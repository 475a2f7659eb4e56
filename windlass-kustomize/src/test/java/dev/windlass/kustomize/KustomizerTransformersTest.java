package dev.windlass.kustomize;

import static dev.windlass.kustomize.KustomizeFixtures.DEPLOYMENT;
import static dev.windlass.kustomize.KustomizeFixtures.SERVICE;
import static dev.windlass.kustomize.KustomizeFixtures.built;
import static dev.windlass.kustomize.KustomizeFixtures.files;
import static dev.windlass.kustomize.KustomizeFixtures.only;
import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.model.KubeObject;
import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.Node;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class KustomizerTransformersTest {

    private static List<KubeObject> buildWith(String fields, String... extraFiles) {
        String[] all = Stream.concat(Stream.of("kustomization.yaml", "resources: [deploy.yaml, svc.yaml, extra.yaml]\n" + fields,
                "deploy.yaml", DEPLOYMENT, "svc.yaml", SERVICE), Stream.of(extraFiles.length == 0
                        ? new String[] {"extra.yaml", "apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata:\n  name: reader\n"}
                        : extraFiles)).toArray(String[]::new);
        return built(files(all), "");
    }

    private static Optional<String> text(KubeObject object, FieldPath path) {
        return object.field(path).flatMap(Node::asText);
    }

    @Test
    void namespace_setsNamespacedObjectsAndLeavesClusterScopedAlone() {
        List<KubeObject> objects = buildWith("namespace: prod\n");

        assertThat(only(objects, "Deployment").namespace()).isEqualTo("prod");
        assertThat(only(objects, "Service").namespace()).isEqualTo("prod");
        assertThat(only(objects, "ClusterRole").namespace()).isEmpty();
    }

    @Test
    void namespace_movesDefaultSubjectsOfRoleBindings() {
        String binding = """
                apiVersion: rbac.authorization.k8s.io/v1
                kind: RoleBinding
                metadata:
                  name: b
                subjects:
                - kind: ServiceAccount
                  name: default
                - kind: ServiceAccount
                  name: other
                  namespace: elsewhere
                """;
        KubeObject rb = only(buildWith("namespace: prod\n", "extra.yaml", binding), "RoleBinding");

        assertThat(text(rb, FieldPath.of("subjects").index(0).key("namespace"))).contains("prod");
        assertThat(text(rb, FieldPath.of("subjects").index(1).key("namespace"))).contains("elsewhere");
    }

    @Test
    void prefixAndSuffix_renameObjectsButNotClusterDefinitions() {
        String crd = "apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata:\n  name: widgets.example.com\n";
        List<KubeObject> objects = buildWith("namePrefix: a-\nnameSuffix: -z\n", "extra.yaml", crd);

        assertThat(only(objects, "Deployment").name()).isEqualTo("a-web-z");
        assertThat(only(objects, "CustomResourceDefinition").name()).isEqualTo("widgets.example.com");
    }

    @Test
    void commonLabels_reachMetadataSelectorsAndTemplates() {
        List<KubeObject> objects = buildWith("commonLabels:\n  team: blue\n");
        KubeObject deployment = only(objects, "Deployment");

        assertThat(deployment.labels()).containsEntry("team", "blue");
        assertThat(text(deployment, FieldPath.of("spec", "selector", "matchLabels", "team"))).contains("blue");
        assertThat(text(deployment, FieldPath.of("spec", "template", "metadata", "labels", "team"))).contains("blue");
        assertThat(text(only(objects, "Service"), FieldPath.of("spec", "selector", "team"))).contains("blue");
        assertThat(only(objects, "ClusterRole").labels()).containsEntry("team", "blue");
    }

    static Stream<Arguments> labelEntries() {
        return Stream.of(
                Arguments.of("", false, false),
                Arguments.of("  includeTemplates: true\n", false, true),
                Arguments.of("  includeSelectors: true\n", true, true));
    }

    @ParameterizedTest
    @MethodSource("labelEntries")
    void labels_reachSelectorsAndTemplatesOnlyWhenAsked(String options, boolean inSelector, boolean inTemplate) {
        KubeObject deployment = only(buildWith("labels:\n- pairs:\n    team: blue\n" + options), "Deployment");

        assertThat(deployment.labels()).containsEntry("team", "blue");
        assertThat(text(deployment, FieldPath.of("spec", "selector", "matchLabels", "team")).isPresent()).isEqualTo(inSelector);
        assertThat(text(deployment, FieldPath.of("spec", "template", "metadata", "labels", "team")).isPresent())
                .isEqualTo(inTemplate);
    }

    @Test
    void commonLabels_doNotCreateOptionalSelectors() {
        String job = "apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: once\nspec:\n  template:\n    spec: {}\n";
        KubeObject built = only(buildWith("commonLabels:\n  team: blue\n", "extra.yaml", job), "Job");

        assertThat(built.field(FieldPath.of("spec", "selector"))).isEmpty();
        assertThat(text(built, FieldPath.of("spec", "template", "metadata", "labels", "team"))).contains("blue");
    }

    @Test
    void commonAnnotations_reachMetadataAndPodTemplates() {
        List<KubeObject> objects = buildWith("commonAnnotations:\n  owner: ops\n");

        assertThat(only(objects, "Deployment").annotation("owner")).contains("ops");
        assertThat(text(only(objects, "Deployment"), FieldPath.of("spec", "template", "metadata", "annotations", "owner")))
                .contains("ops");
        assertThat(only(objects, "Service").annotation("owner")).contains("ops");
        assertThat(only(objects, "Service").field(FieldPath.of("spec", "template"))).isEmpty();
    }

    static Stream<Arguments> imageOverrides() {
        return Stream.of(
                Arguments.of("newTag: \"1.26\"", "nginx:1.26"),
                Arguments.of("newName: registry.example/nginx", "registry.example/nginx:1.25"),
                Arguments.of("digest: sha256:abc", "nginx@sha256:abc"),
                Arguments.of("{newName: mirror/nginx, newTag: \"2\"}", "mirror/nginx:2"),
                Arguments.of("{newTag: \"2\", digest: \"sha256:abc\"}", "nginx:2@sha256:abc"));
    }

    @ParameterizedTest
    @MethodSource("imageOverrides")
    void images_rewriteMatchingContainers(String override, String expected) {
        String entry = override.startsWith("{") ? override.replace("{", "{name: nginx, ") : "{name: nginx, " + override + "}";
        KubeObject deployment = only(buildWith("images:\n- " + entry + "\n"), "Deployment");

        FieldPath template = FieldPath.of("spec", "template", "spec");
        assertThat(text(deployment, template.key("containers").index(0).key("image"))).contains(expected);
        assertThat(text(deployment, template.key("initContainers").index(0).key("image"))).contains("busybox:1.36");
    }

    @Test
    void images_rewriteInitContainersAndContainersInAnyKind() {
        String cron = """
                apiVersion: batch/v1
                kind: CronJob
                metadata:
                  name: nightly
                spec:
                  jobTemplate:
                    spec:
                      template:
                        spec:
                          containers:
                          - name: c
                            image: busybox
                """;
        KubeObject built = only(buildWith("images:\n- name: busybox\n  newTag: \"1.37\"\n", "extra.yaml", cron), "CronJob");

        assertThat(text(built, FieldPath.of("spec", "jobTemplate", "spec", "template", "spec", "containers").index(0)
                .key("image"))).contains("busybox:1.37");
    }

    @Test
    void replicas_setCountOnMatchingWorkloadByAnyOfItsNames() {
        List<KubeObject> objects = buildWith("namePrefix: p-\nreplicas:\n- name: web\n  count: 5\n");

        assertThat(only(objects, "Deployment").field(FieldPath.of("spec", "replicas"))).contains(Node.of(5L));
        assertThat(only(objects, "Service").field(FieldPath.of("spec", "replicas"))).isEmpty();
    }

    @Test
    void labelValues_inResourcesAreStrings() {
        String cm = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n  annotations:\n    port: 8080\n    happy: true\n";
        KubeObject built = only(buildWith("", "extra.yaml", cm), "ConfigMap");

        assertThat(built.annotations()).containsEntry("port", "8080").containsEntry("happy", "true");
    }
}
