package dev.windlass.cli.app;

import static dev.windlass.cli.app.ApplicationView.list;
import static dev.windlass.cli.app.ApplicationView.maps;
import static dev.windlass.cli.app.ApplicationView.text;

import dev.windlass.model.tree.MapNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The rows of the resource table, built as {@code argocd app get} builds them: first the results of
 * the last sync operation (hooks show their phase and result; other objects their current sync status
 * and health), then the remaining {@code status.resources}, sorted by group/kind/namespace/name.
 */
record ResourceStates(String group, String kind, String namespace, String name, String status, String health,
        String hook, String message) {

    static List<ResourceStates> of(ApplicationView app) {
        Map<String, MapNode> byKey = new LinkedHashMap<>();
        app.resources().forEach(r -> byKey.put(key(r), r));
        List<ResourceStates> rows = new ArrayList<>();
        MapNode syncResult = app.operationState().map(s -> ApplicationView.map(s, "syncResult")).orElse(MapNode.empty());
        for (MapNode result : maps(list(syncResult, "resources"))) {
            String key = key(result);
            MapNode live = byKey.remove(key);
            String hookType = text(result, "hookType");
            boolean plain = live != null && hookType.isEmpty();
            rows.add(new ResourceStates(text(result, "group"), text(result, "kind"), text(result, "namespace"),
                    text(result, "name"), plain ? text(live, "status") : text(result, "hookPhase"),
                    plain ? text(live, "health", "status") : text(result, "status"), hookType, text(result, "message")));
        }
        new TreeMap<>(byKey).values().forEach(r -> rows.add(new ResourceStates(text(r, "group"), text(r, "kind"),
                text(r, "namespace"), text(r, "name"), text(r, "status"), text(r, "health", "status"), "", "")));
        return List.copyOf(rows);
    }

    private static String key(MapNode resource) {
        return text(resource, "group") + "/" + text(resource, "kind") + "/" + text(resource, "namespace") + "/"
                + text(resource, "name");
    }
}
