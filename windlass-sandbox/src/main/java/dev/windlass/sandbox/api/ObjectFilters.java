package dev.windlass.sandbox.api;

import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.sandbox.query.FieldSelector;
import dev.windlass.sandbox.query.LabelSelector;
import dev.windlass.sandbox.query.SelectableFields;
import dev.windlass.sandbox.resource.ApiResource;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

/** The filter of a list or watch: its label and field selectors, checked as the real server checks them. */
final class ObjectFilters {

    private ObjectFilters() {
    }

    static Predicate<MapNode> of(ApiResource resource, ListOptions options) {
        LabelSelector labels = blank(options.labelSelector())
                ? LabelSelector.everything() : LabelSelector.parse(options.labelSelector());
        FieldSelector fields = blank(options.fieldSelector())
                ? FieldSelector.everything()
                : FieldSelector.parse(options.fieldSelector()).supportedBy(SelectableFields.forKind(resource.groupKind()));
        if (labels.isEverything() && fields.isEverything()) {
            return object -> true;
        }
        return object -> labels.matches(labelsOf(object)) && fields.matches(object);
    }

    static Map<String, String> labelsOf(MapNode object) {
        MapNode labels = Meta.of(object).getMap("labels").orElse(MapNode.empty());
        Map<String, String> out = new HashMap<>();
        for (Map.Entry<String, Node> entry : labels.asJavaMap().entrySet()) {
            out.put(entry.getKey(), entry.getValue().asText().orElse(""));
        }
        return out;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
