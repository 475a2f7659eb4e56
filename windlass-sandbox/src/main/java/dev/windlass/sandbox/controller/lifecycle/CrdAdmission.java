package dev.windlass.sandbox.controller.lifecycle;

import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.sandbox.api.Admission;
import dev.windlass.sandbox.api.ApiException;
import dev.windlass.sandbox.api.Meta;
import dev.windlass.sandbox.api.Operation;
import dev.windlass.sandbox.resource.ApiResource;
import dev.windlass.sandbox.resource.ResourceRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A CustomResourceDefinition's checks and defaults: the registry's validation (a 422 with its
 * causes), {@code spec.names.singular} and {@code listKind}, {@code spec.conversion.strategy: None},
 * and the {@code customresourcecleanup.apiextensions.k8s.io} finalizer. The real server adds that
 * finalizer on the first delete request; the sandbox's delete runs no admission, so it is added
 * on create instead and a CRD carries it from the start.
 */
final class CrdAdmission implements Admission {

    static final String CLEANUP_FINALIZER = "customresourcecleanup.apiextensions.k8s.io";

    private final ResourceRegistry registry;

    CrdAdmission(ResourceRegistry registry) {
        this.registry = registry;
    }

    @Override
    public MapNode admit(Operation operation, ApiResource resource, MapNode old, MapNode incoming) {
        if (operation == Operation.DELETE || !resource.group().equals(Resources.CRDS_GROUP)
                || !resource.plural().equals("customresourcedefinitions")) {
            return incoming;
        }
        MapNode crd = withDefaults(incoming);
        List<ApiException.Cause> causes = registry.validateCrd(crd);
        if (!causes.isEmpty()) {
            throw ApiException.invalid(Resources.CRDS_GROUP, "CustomResourceDefinition", Meta.name(crd), causes);
        }
        List<String> finalizers = new ArrayList<>(Meta.finalizers(crd));
        if (old == null && !finalizers.contains(CLEANUP_FINALIZER)) {
            finalizers.add(CLEANUP_FINALIZER);
            crd = Meta.withFinalizers(crd, finalizers);
        }
        return crd;
    }

    private static MapNode withDefaults(MapNode crd) {
        MapNode spec = crd.getMap("spec").orElse(MapNode.empty());
        MapNode names = spec.getMap("names").orElse(MapNode.empty());
        String kind = names.getText("kind").orElse("");
        if (!kind.isEmpty()) {
            if (!names.containsKey("singular")) {
                names = names.with("singular", Node.of(kind.toLowerCase(Locale.ROOT)));
            }
            if (!names.containsKey("listKind")) {
                names = names.with("listKind", Node.of(kind + "List"));
            }
            spec = spec.with("names", names);
        }
        if (!spec.containsKey("conversion")) {
            spec = spec.with("conversion", MapNode.of("strategy", "None"));
        }
        return crd.with("spec", spec);
    }
}
