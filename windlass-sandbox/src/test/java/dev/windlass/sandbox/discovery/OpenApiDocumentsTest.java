package dev.windlass.sandbox.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.sandbox.resource.ApiResource;
import dev.windlass.sandbox.resource.ResourceRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class OpenApiDocumentsTest {

    private static final ResourceRegistry BUILTINS = ResourceRegistry.withBuiltins();
    private static final OpenApiDocuments BUILTIN_DOCS = new OpenApiDocuments(BUILTINS);

    private final ResourceRegistry registry = ResourceRegistry.withBuiltins();
    private final OpenApiDocuments docs = new OpenApiDocuments(registry);

    static Stream<ApiResource> builtins() {
        return BUILTINS.all().stream();
    }

    @Test
    void index_listsEachGroupVersionWithAHashedUrl() {
        MapNode paths = docs.index().getMap("paths").orElseThrow();

        List<String> expected = new ArrayList<>();
        registry.groupNames().forEach(g -> registry.versions(g).forEach(v -> expected.add(OpenApiDocuments.path(g, v))));
        assertThat(paths.keys()).containsExactlyElementsOf(expected)
                .contains("api/v1", "apis/apps/v1", "apis/autoscaling/v2", "apis/autoscaling/v1");
        paths.asJavaMap().forEach((path, entry) -> assertThat(entry.asMap().orElseThrow().getText("serverRelativeURL"))
                .get().asString().matches("/openapi/v3/" + path.replace(".", "\\.") + "\\?hash=[0-9A-F]{128}"));
    }

    @Test
    void index_changesOnlyForTheGroupVersionsACrdAdds() {
        MapNode before = docs.index().getMap("paths").orElseThrow();
        registry.applyCrd(Json.widgetsCrd());
        MapNode after = docs.index().getMap("paths").orElseThrow();

        assertThat(after.keys()).endsWith("apis/example.com/v1", "apis/example.com/v1beta1");
        assertThat(after.without("apis/example.com/v1").without("apis/example.com/v1beta1")).isEqualTo(before);
        assertThat(docs.hash("apis/example.com/v1")).isPresent();

        registry.removeCrd("widgets.example.com");
        assertThat(docs.index().getMap("paths").orElseThrow()).isEqualTo(before);
        assertThat(docs.document("apis/example.com/v1")).isEmpty();
    }

    /** What kubectl's field-validation check does: the kind's PATCH operations must declare fieldValidation. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("builtins")
    void everyKind_hasPatchOperationsDeclaringFieldValidation(ApiResource r) {
        MapNode doc = BUILTIN_DOCS.groupVersion(r.group(), r.version()).orElseThrow();

        List<MapNode> patches = patchOperations(doc, r.group(), r.version(), r.kind());

        assertThat(patches).isNotEmpty().allSatisfy(op -> assertThat(op.getList("parameters").orElseThrow().items())
                .anySatisfy(p -> assertThat(p).isEqualTo(p.asMap().orElseThrow()
                        .with("name", Node.of("fieldValidation")).with("in", Node.of("query")))));
    }

    /** What kubectl's apply does: no strategic merge patch in v3, so it uses its compiled-in patch metadata. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("builtins")
    void patchOperations_doNotOfferStrategicMergePatch(ApiResource r) {
        MapNode doc = BUILTIN_DOCS.groupVersion(r.group(), r.version()).orElseThrow();

        assertThat(patchOperations(doc, r.group(), r.version(), r.kind())).allSatisfy(op ->
                assertThat(op.at(dev.windlass.model.tree.FieldPath.of("requestBody", "content")).orElseThrow()
                        .asMap().orElseThrow().keys())
                        .containsExactlyInAnyOrder("application/apply-patch+yaml", "application/json-patch+json",
                                "application/merge-patch+json"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("builtins")
    void everyKindAndListKind_hasAComponentSchemaTaggedWithItsKind(ApiResource r) {
        MapNode schemas = schemas(BUILTIN_DOCS.groupVersion(r.group(), r.version()).orElseThrow());

        assertThat(taggedKinds(schemas)).contains(r.kind(), r.kind() + "List");
    }

    @Test
    void everyReference_resolvesWithinItsDocument() {
        registry.applyCrd(Json.widgetsCrd());
        for (String group : registry.groupNames()) {
            for (String version : registry.versions(group)) {
                MapNode doc = docs.groupVersion(group, version).orElseThrow();
                List<String> refs = new ArrayList<>();
                collectRefs(doc, refs);
                MapNode schemas = schemas(doc);
                assertThat(refs).isNotEmpty().allSatisfy(ref -> assertThat(schemas.containsKey(
                        ref.substring("#/components/schemas/".length()))).as(ref).isTrue());
            }
        }
    }

    @Test
    void appsV1_namesPathsAndOperationsLikeKubeApiserver() {
        MapNode paths = docs.groupVersion("apps", "v1").orElseThrow().getMap("paths").orElseThrow();

        assertThat(paths.keys()).contains("/apis/apps/v1/namespaces/{namespace}/deployments",
                "/apis/apps/v1/namespaces/{namespace}/deployments/{name}",
                "/apis/apps/v1/namespaces/{namespace}/deployments/{name}/status",
                "/apis/apps/v1/namespaces/{namespace}/deployments/{name}/scale",
                "/apis/apps/v1/deployments");
        MapNode item = paths.getMap("/apis/apps/v1/namespaces/{namespace}/deployments/{name}").orElseThrow();
        assertThat(item.keys()).containsExactly("parameters", "get", "put", "patch", "delete");
        assertThat(item.getMap("patch").orElseThrow().getText("operationId")).contains("patchAppsV1NamespacedDeployment");
        MapNode scalePatch = paths.getMap("/apis/apps/v1/namespaces/{namespace}/deployments/{name}/scale")
                .flatMap(p -> p.getMap("patch")).orElseThrow();
        assertThat(scalePatch.getMap("x-kubernetes-group-version-kind")).contains(
                MapNode.of("group", "autoscaling", "kind", "Scale", "version", "v1"));
        assertThat(schemas(docs.groupVersion("apps", "v1").orElseThrow()).keys())
                .contains("io.k8s.api.apps.v1.Deployment", "io.k8s.api.apps.v1.DeploymentList",
                        "io.k8s.api.autoscaling.v1.Scale", "io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta");
    }

    @Test
    void clusterScopedPaths_haveNoNamespace_andNamespacesCannotBeDeletedAsACollection() {
        MapNode paths = docs.groupVersion("", "v1").orElseThrow().getMap("paths").orElseThrow();

        assertThat(paths.getMap("/api/v1/namespaces").orElseThrow().keys()).containsExactly("parameters", "get", "post");
        assertThat(paths.getMap("/api/v1/nodes/{name}/status").orElseThrow().keys())
                .containsExactly("parameters", "get", "put", "patch");
        assertThat(paths.getMap("/api/v1/namespaces/{name}").flatMap(p -> p.getMap("patch"))
                .flatMap(p -> p.getText("operationId"))).contains("patchCoreV1Namespace");
    }

    @Test
    void customResource_documentCarriesItsCrdSchema() {
        registry.applyCrd(Json.widgetsCrd());

        MapNode doc = docs.groupVersion("example.com", "v1").orElseThrow();
        MapNode widget = schemas(doc).getMap("com.example.v1.Widget").orElseThrow();

        assertThat(widget.getText("description")).contains("A widget.");
        assertThat(widget.getMap("properties").orElseThrow().keys()).contains("spec", "apiVersion", "kind", "metadata");
        assertThat(taggedKinds(schemas(doc))).contains("Widget", "WidgetList", "Scale");
        assertThat(patchOperations(doc, "example.com", "v1", "Widget")).hasSize(2);
        assertThat(doc.getMap("paths").orElseThrow().getMap("/apis/example.com/v1/namespaces/{namespace}/widgets/{name}")
                .flatMap(p -> p.getMap("get")).flatMap(g -> g.getText("operationId")))
                .contains("readExampleComV1NamespacedWidget");
    }

    private static List<MapNode> patchOperations(MapNode doc, String group, String version, String kind) {
        MapNode gvk = MapNode.of("group", group, "kind", kind, "version", version);
        List<MapNode> out = new ArrayList<>();
        doc.getMap("paths").orElseThrow().asJavaMap().values().forEach(item -> item.asMap().orElseThrow()
                .getMap("patch").filter(op -> op.getMap("x-kubernetes-group-version-kind").equals(java.util.Optional.of(gvk)))
                .ifPresent(out::add));
        return out;
    }

    private static MapNode schemas(MapNode doc) {
        return doc.getMap("components").flatMap(c -> c.getMap("schemas")).orElseThrow();
    }

    private static List<String> taggedKinds(MapNode schemas) {
        List<String> kinds = new ArrayList<>();
        schemas.asJavaMap().values().forEach(s -> s.asMap().orElseThrow().getList("x-kubernetes-group-version-kind")
                .map(ListNode::items).orElse(List.of())
                .forEach(gvk -> kinds.add(gvk.asMap().orElseThrow().getText("kind").orElseThrow())));
        return kinds;
    }

    private static void collectRefs(Node node, List<String> refs) {
        if (node instanceof MapNode map) {
            map.getText("$ref").ifPresent(refs::add);
            map.asJavaMap().values().forEach(v -> collectRefs(v, refs));
        } else if (node instanceof ListNode list) {
            list.items().forEach(v -> collectRefs(v, refs));
        }
    }
}
