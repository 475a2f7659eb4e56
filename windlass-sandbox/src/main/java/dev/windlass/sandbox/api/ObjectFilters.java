package dev.windlass.sandbox.api;

import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.sandbox.query.FieldSelector;
import dev.windlass.sandbox.query.LabelSelector;
import dev.windlass.sandbox.query.SelectableFields;
import dev.windlass.sandbox.resource.ApiResource;
import java.util.AbstractMap;
import java.util.Map;
import java.util.Set;
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

    /** The object's labels as a read-only view: selectors look up a few keys, so nothing is copied. */
    static Map<String, String> labelsOf(MapNode object) {
        return new LabelView(Meta.of(object).getMap("labels").orElse(MapNode.empty()));
    }

    /** A {@code Map<String, String>} over a labels map node; values that are not strings read as "". */
    private static final class LabelView extends AbstractMap<String, String> {
        private final Map<String, Node> labels;

        LabelView(MapNode labels) {
            this.labels = labels.asJavaMap();
        }

        @Override
        public String get(Object key) {
            Node value = labels.get(key);
            return value == null ? null : value.asText().orElse("");
        }

        @Override
        public boolean containsKey(Object key) {
            return labels.containsKey(key);
        }

        @Override
        public Set<Entry<String, String>> entrySet() {
            Set<Entry<String, String>> entries = new java.util.LinkedHashSet<>();
            labels.forEach((k, v) -> entries.add(new SimpleImmutableEntry<>(k, v.asText().orElse(""))));
            return entries;
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
