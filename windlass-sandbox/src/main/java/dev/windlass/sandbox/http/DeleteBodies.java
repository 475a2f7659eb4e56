package dev.windlass.sandbox.http;

import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.sandbox.api.ApiException;
import dev.windlass.sandbox.api.DeleteOptions;
import dev.windlass.sandbox.api.DeleteOptions.Propagation;
import dev.windlass.sandbox.api.WireJson;

/** Reads delete options from the query and from a {@code DeleteOptions} body, the body winning. */
final class DeleteBodies {

    private DeleteBodies() {
    }

    static DeleteOptions options(Query query, byte[] body) {
        Propagation propagation = query.get("propagationPolicy") == null ? null
                : Propagation.parse(query.get("propagationPolicy"));
        if (query.get("orphanDependents") != null) {
            propagation = query.flag("orphanDependents") ? Propagation.ORPHAN : Propagation.BACKGROUND;
        }
        boolean dryRun = query.dryRun();
        String uid = null;
        String version = null;
        if (body.length > 0) {
            MapNode options = WireJson.parse(body).asMap()
                    .orElseThrow(() -> ApiException.badRequest("the DeleteOptions body must be a JSON object"));
            propagation = options.getText("propagationPolicy").map(Propagation::parse).orElse(propagation);
            if (options.get("orphanDependents").filter(n -> n.equals(Node.of(true))).isPresent()) {
                propagation = Propagation.ORPHAN;
            }
            MapNode preconditions = options.getMap("preconditions").orElse(MapNode.empty());
            uid = preconditions.getText("uid").orElse(null);
            version = preconditions.getText("resourceVersion").orElse(null);
            dryRun |= options.getList("dryRun").map(l -> l.items().contains(Node.of("All"))).orElse(false);
        }
        return new DeleteOptions(propagation, uid, version, dryRun);
    }
}
