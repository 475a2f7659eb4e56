package dev.windlass.sandbox.table;

import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Label selectors as the printers show them ({@code metav1.LabelSelectorAsSelector(...).String()}):
 * requirements sorted by key, {@code k=v}, {@code k in (a,b)}, {@code k notin (a,b)}, {@code k},
 * {@code !k}, joined by commas.
 */
final class Selectors {

    private Selectors() {
    }

    /** {@code metav1.FormatLabelSelector}: {@code <none>} for a missing or empty selector, {@code <error>} for a bad one. */
    static String format(Optional<Node> selector) {
        Optional<String> text = render(selector);
        if (text.isEmpty()) {
            return "<error>";
        }
        return text.get().isEmpty() ? "<none>" : text.get();
    }

    /** The selector's string ({@code ""} when it selects everything or nothing), or empty when it is malformed. */
    static Optional<String> render(Optional<Node> selector) {
        if (selector.isEmpty() || selector.get().isNull()) {
            return Optional.of("");
        }
        MapNode map = selector.get().asMap().orElse(MapNode.empty());
        List<String[]> requirements = new ArrayList<>();
        map.getMap("matchLabels").orElse(MapNode.empty()).asJavaMap()
                .forEach((k, v) -> requirements.add(new String[] {k, k + "=" + v.asText().orElse("")}));
        for (MapNode expression : Fields.maps(map, "matchExpressions")) {
            Optional<String> rendered = expression(expression);
            if (rendered.isEmpty()) {
                return Optional.empty();
            }
            requirements.add(new String[] {Fields.text(expression, "key"), rendered.get()});
        }
        requirements.sort(Comparator.comparing(r -> r[0]));
        List<String> out = new ArrayList<>();
        requirements.forEach(r -> out.add(r[1]));
        return Optional.of(String.join(",", out));
    }

    private static Optional<String> expression(MapNode expression) {
        String key = Fields.text(expression, "key");
        TreeSet<String> values = new TreeSet<>();
        Fields.list(expression, "values").forEach(v -> v.asText().ifPresent(values::add));
        String joined = "(" + String.join(",", values) + ")";
        return switch (Fields.text(expression, "operator")) {
            case "In" -> Optional.of(key + " in " + joined);
            case "NotIn" -> Optional.of(key + " notin " + joined);
            case "Exists" -> Optional.of(key);
            case "DoesNotExist" -> Optional.of("!" + key);
            default -> Optional.empty();
        };
    }
}
