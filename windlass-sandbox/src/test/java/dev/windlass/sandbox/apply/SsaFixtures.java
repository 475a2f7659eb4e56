package dev.windlass.sandbox.apply;

import dev.windlass.model.GroupKind;
import dev.windlass.model.codec.CodecLimits;
import dev.windlass.model.codec.JsonReader;
import dev.windlass.model.patch.MergeSchema;
import dev.windlass.model.patch.MergeSchema.FieldSchema;
import dev.windlass.model.patch.MergeSchema.ListType;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Shared inputs: a small merge schema for Deployments and a JSON reader. */
final class SsaFixtures {

    static final GroupKind DEPLOYMENT = new GroupKind("apps", "Deployment");
    static final String APPS_V1 = "apps/v1";
    static final String T1 = "2024-05-01T10:00:00Z";
    static final String T2 = "2024-05-01T11:00:00Z";
    static final String T3 = "2024-05-01T12:00:00Z";

    private static final FieldSchema ATOMIC_MAP = new FieldSchema(ListType.ATOMIC, List.of(), null, List.of(), true);

    private static final Map<String, FieldSchema> FIELDS = Map.of(
            "spec.selector", ATOMIC_MAP,
            "spec.template.spec.containers", FieldSchema.mapList("name"),
            "spec.template.spec.containers.ports", FieldSchema.mapList("containerPort", "protocol"),
            "spec.template.spec.containers.env", FieldSchema.mapList("name"),
            "status.conditions", FieldSchema.mapList("type"),
            "metadata.finalizers", FieldSchema.set());

    static final MergeSchema SCHEMA = (kind, path) -> Optional.ofNullable(FIELDS.get(String.join(".", path)));

    private SsaFixtures() {
    }

    static MapNode json(String text) {
        return (MapNode) node(text);
    }

    static Node node(String text) {
        return JsonReader.create(CodecLimits.DEFAULT).read("test.json", text).documents().get(0).content();
    }

    /** The Deployment of the Kubernetes docs' server-side apply page (examples/application/ssa/nginx-deployment.yaml). */
    static MapNode nginxDeployment(long replicas, String image) {
        return json("""
                {"apiVersion":"apps/v1","kind":"Deployment",
                 "metadata":{"name":"nginx-deployment","labels":{"app":"nginx"}},
                 "spec":{"replicas":%d,"selector":{"matchLabels":{"app":"nginx"}},
                  "template":{"metadata":{"labels":{"app":"nginx"}},
                   "spec":{"containers":[{"name":"nginx","image":"%s"}]}}}}
                """.formatted(replicas, image));
    }

    static ApplyRequest apply(MapNode live, MapNode config, String manager, String now) {
        return ApplyRequest.of(live, config, manager, false, DEPLOYMENT, APPS_V1, SCHEMA, now);
    }

    static MapNode applied(ApplyResult result) {
        return result.orThrow();
    }

    static ManagedFieldsEntry entry(MapNode object, String manager, ManagedFieldsEntry.Operation operation) {
        return ManagedFields.read(object).find(manager, operation)
                .orElseThrow(() -> new AssertionError("no " + operation + " entry for " + manager));
    }

    static String fieldsOf(MapNode object, String manager, ManagedFieldsEntry.Operation operation) {
        return entry(object, manager, operation).fieldsV1().toJson();
    }
}
