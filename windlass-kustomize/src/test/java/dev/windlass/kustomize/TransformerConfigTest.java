package dev.windlass.kustomize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.windlass.kustomize.TransformerConfig.Category;
import dev.windlass.kustomize.TransformerConfig.NameBackReference;
import dev.windlass.model.KubeObject;
import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** kustomize's transformer configuration merge rules, path splitting and the id history of resources. */
class TransformerConfigTest {

    private static final FieldSpec ANY_NAME = FieldSpec.any("metadata/name", false);
    private static final FieldSpec FOO_NAME = FieldSpec.of("", "", "Foo", "metadata/name", false);

    @Test
    void mergeAll_dropsASpecAnEarlierSpecOfTheSamePathAlreadyCovers() throws Exception {
        assertThat(TransformerConfig.mergeAll(List.of(FOO_NAME), List.of(ANY_NAME))).containsExactly(FOO_NAME);
        assertThat(TransformerConfig.mergeAll(List.of(ANY_NAME), List.of(FOO_NAME))).containsExactly(ANY_NAME, FOO_NAME);
    }

    @Test
    void mergeAll_refusesTheSameSpecWithAnotherCreate() {
        assertThatThrownBy(() -> TransformerConfig.mergeAll(List.of(ANY_NAME), List.of(FieldSpec.any("metadata/name", true))))
                .isInstanceOf(TransformerConfig.Conflict.class).hasMessageContaining("conflicting fieldspecs");
    }

    @Test
    void merge_sortsByKustomizesKindOrderThenText() throws Exception {
        FieldSpec service = FieldSpec.of("", "", "Service", "x", false);
        FieldSpec webhook = FieldSpec.of("", "", "MutatingWebhookConfiguration", "x", false);
        TransformerConfig config = new TransformerConfig(Map.of(Category.IMAGES, List.of(webhook, ANY_NAME, FOO_NAME, service)),
                List.of());

        assertThat(TransformerConfig.empty().merge(config).specs(Category.IMAGES))
                .containsExactly(service, FOO_NAME, ANY_NAME, webhook);
    }

    @Test
    void merge_joinsNameReferencesOfTheSameKind() throws Exception {
        FieldSpec first = FieldSpec.of("", "", "A", "spec/a", false);
        FieldSpec second = FieldSpec.of("", "", "B", "spec/b", false);
        TransformerConfig one = new TransformerConfig(Map.of(), List.of(new NameBackReference("", "v1", "Gadget", List.of(first))));
        TransformerConfig two = new TransformerConfig(Map.of(), List.of(new NameBackReference("", "v1", "Gadget", List.of(second))));

        assertThat(one.merge(two).nameReferences()).singleElement()
                .satisfies(reference -> assertThat(reference.referrers()).containsExactly(first, second));
    }

    @Test
    void builtinTable_holdsKustomizesReferralKinds() {
        assertThat(TransformerConfig.builtin().nameReferences()).extracting(NameBackReference::kind).contains(
                "ConfigMap", "Secret", "ServiceAccount", "Service", "Role", "ClusterRole", "PersistentVolumeClaim",
                "PersistentVolume", "StorageClass", "PriorityClass", "IngressClass", "ValidatingAdmissionPolicy",
                "Deployment", "ReplicaSet", "StatefulSet", "ReplicationController");
    }

    @Test
    void splitPath_keepsEscapedSlashesInsideAField() {
        assertThat(TransformerConfigReader.splitPath("metadata/annotations/nginx.ingress.kubernetes.io\\/auth-secret"))
                .containsExactly("metadata", "annotations", "nginx.ingress.kubernetes.io/auth-secret");
        assertThat(TransformerConfigReader.splitPath("/spec/name")).containsExactly("spec", "name");
    }

    @Test
    void resource_recordsEveryIdItHadBeforeARename() {
        Resource r = Resource.of(KubeObject.of(MapNode.of("apiVersion", Node.of("v1"), "kind", Node.of("ConfigMap"),
                "metadata", MapNode.of("name", Node.of("cm")))), "cm.yaml");

        Resource prefixed = r.renamed("p-cm");
        Resource renamed = prefixed.withContent(prefixed.object().withNamespace("ns").content()).renamed("p-cm-s");

        assertThat(renamed.previousIds()).containsExactly(new Resource.PreviousId("ConfigMap", "default", "cm"),
                new Resource.PreviousId("ConfigMap", "ns", "p-cm"));
        assertThat(renamed.names()).containsExactly("cm", "p-cm", "p-cm-s");
        assertThat(renamed.wasNamed("cm")).isTrue();
        assertThat(renamed.object().field(FieldPath.of("metadata", "name"))).contains(Node.of("p-cm-s"));
    }
}
