package dev.windlass.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.model.codec.CodecLimits;
import dev.windlass.model.codec.ParsedDocument;
import dev.windlass.model.codec.ScalarSchema;
import dev.windlass.model.codec.YamlReader;
import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import org.junit.jupiter.api.Test;

class KubeObjectTest {

    private static final String DEPLOYMENT = String.join("\n",
            "apiVersion: apps/v1",
            "kind: Deployment",
            "metadata:",
            "  name: web",
            "  namespace: prod",
            "  labels: {app: web, tier: front}",
            "  annotations:",
            "    argocd.argoproj.io/sync-wave: \"2\"",
            "  ownerReferences:",
            "  - {apiVersion: v1, kind: ConfigMap, name: owner, uid: u1, controller: true}",
            "spec:",
            "  replicas: 3",
            "  futureField: {kept: true}",
            "");

    private static KubeObject read(String text) {
        ParsedDocument doc = YamlReader.create(CodecLimits.DEFAULT, ScalarSchema.KUBERNETES)
                .read("deploy.yaml", text).documents().get(0);
        return KubeObject.of((MapNode) doc.content(), new Origin("deploy.yaml", doc.index(), doc.start(), doc.sourceMap()));
    }

    @Test
    void object_exposesIdentityAndMetadata() {
        KubeObject object = read(DEPLOYMENT);
        assertThat(object.gvk()).isEqualTo(new GroupVersionKind("apps", "v1", "Deployment"));
        assertThat(object.key()).isEqualTo(new ResourceKey("apps", "Deployment", "prod", "web"));
        assertThat(object.key().toString()).isEqualTo("apps/Deployment/prod/web");
        assertThat(object.key().describe()).isEqualTo("Deployment.apps/prod/web");
        assertThat(object.labels()).containsExactly(java.util.Map.entry("app", "web"), java.util.Map.entry("tier", "front"));
        assertThat(object.annotation("argocd.argoproj.io/sync-wave")).contains("2");
        assertThat(object.ownerReferences()).singleElement().satisfies(ref -> {
            assertThat(ref.kind()).isEqualTo("ConfigMap");
            assertThat(ref.controller()).isTrue();
            assertThat(ref.blockOwnerDeletion()).isFalse();
        });
    }

    @Test
    void object_keepsUnknownFields() {
        KubeObject object = read(DEPLOYMENT);
        assertThat(object.field(FieldPath.of("spec", "futureField", "kept"))).contains(Node.of(true));
    }

    @Test
    void withChanges_copyAndLeaveTheOriginalUntouched() {
        KubeObject object = read(DEPLOYMENT);
        KubeObject renamed = object.withName("api").withNamespace("staging").withLabel("team", "a").withAnnotation("x", "y");
        assertThat(object.name()).isEqualTo("web");
        assertThat(renamed.key()).isEqualTo(new ResourceKey("apps", "Deployment", "staging", "api"));
        assertThat(renamed.labels()).containsKeys("app", "tier", "team");
        assertThat(renamed.content().keys()).containsExactly("apiVersion", "kind", "metadata", "spec");
        assertThat(renamed.field(FieldPath.of("metadata", "labels")).orElseThrow().asMap().orElseThrow().keys())
                .containsExactly("app", "tier", "team");
    }

    @Test
    void withField_createsMissingMaps() {
        KubeObject bare = KubeObject.of(MapNode.of("apiVersion", "v1", "kind", "ConfigMap"));
        KubeObject named = bare.withName("settings");
        assertThat(named.name()).isEqualTo("settings");
        assertThat(named.namespace()).isEmpty();
        assertThat(named.key().namespace()).isEmpty();
    }

    @Test
    void locate_pointsAtTheFieldOrItsNearestParent() {
        KubeObject object = read(DEPLOYMENT);
        assertThat(object.locate(FieldPath.of("metadata", "name")).fileText()).isEqualTo("deploy.yaml:4:3");
        assertThat(object.locate(FieldPath.of("spec", "template")).fileText()).isEqualTo("deploy.yaml:11:1");
        assertThat(object.locate(FieldPath.of("metadata", "name")).toString())
                .isEqualTo("deploy.yaml:4:3: Deployment.apps/prod/web metadata.name");
    }

    @Test
    void equality_comparesContentNotOriginOrKeyOrder() {
        KubeObject a = KubeObject.of(MapNode.of("kind", "A", "apiVersion", "v1"));
        KubeObject b = KubeObject.of(MapNode.of("apiVersion", "v1", "kind", "A"));
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(read(DEPLOYMENT)).isEqualTo(KubeObject.of(read(DEPLOYMENT).content()));
    }

    @Test
    void gvk_splitsCoreAndNamedGroups() {
        assertThat(GroupVersionKind.of("v1", "Pod").group()).isEmpty();
        assertThat(GroupVersionKind.of("networking.k8s.io/v1", "Ingress").group()).isEqualTo("networking.k8s.io");
        assertThat(GroupVersionKind.of("networking.k8s.io/v1", "Ingress").apiVersion()).isEqualTo("networking.k8s.io/v1");
        assertThat(new GroupKind("", "Service").toString()).isEqualTo("Service");
    }

    @Test
    void issue_printsLikeACompiler() {
        Issue issue = Issue.error("X", Location.at("a/b.yaml", 3, 5), "bad thing; do this");
        assertThat(issue.format()).isEqualTo("a/b.yaml:3:5: error: bad thing; do this");
        assertThat(issue.withFile("root/a/b.yaml").format()).startsWith("root/a/b.yaml:3:5: error:");
        assertThat(Issue.warning("Y", Location.nowhere(), "careful").format()).isEqualTo("warning: careful");
        assertThat(Issue.error("Z", Location.of(new ResourceKey("", "Service", "ns", "web"), FieldPath.of("spec", "ports")), "m")
                .format()).isEqualTo("Service/ns/web spec.ports: error: m");
    }
}
