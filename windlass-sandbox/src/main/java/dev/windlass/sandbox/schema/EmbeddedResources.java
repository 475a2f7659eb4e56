package dev.windlass.sandbox.schema;

import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.model.tree.StringNode;
import dev.windlass.sandbox.validation.FieldErrors;
import dev.windlass.sandbox.validation.Syntax;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The type fields of objects embedded under {@code x-kubernetes-embedded-resource: true}: both
 * {@code apiVersion} and {@code kind} are required ({@code spec.template.kind: Required value:
 * must not be empty}), apiVersion must be {@code group/version} or {@code version}, and kind a
 * DNS-1035 label in any case.
 */
final class EmbeddedResources {

    private final List<Violation> out = new ArrayList<>();

    private EmbeddedResources() {
    }

    static List<Violation> validate(Schema root, MapNode object) {
        EmbeddedResources check = new EmbeddedResources();
        for (Map.Entry<String, Node> entry : object.asJavaMap().entrySet()) {
            Schema property = root.fieldSchema(entry.getKey());
            check.walk(entry.getValue(), property, entry.getKey(), FieldPath.of(entry.getKey()));
        }
        return check.out;
    }

    private void walk(Node value, Schema s, String path, FieldPath at) {
        if (s == null) {
            return;
        }
        if (value instanceof MapNode map) {
            if (s.embeddedResource()) {
                typeFields(map, path, at);
            }
            for (Map.Entry<String, Node> entry : map.asJavaMap().entrySet()) {
                String key = entry.getKey();
                if (s.properties().containsKey(key)) {
                    walk(entry.getValue(), s.properties().get(key), path + "." + key, at.key(key));
                } else if (s.additional() != null) {
                    walk(entry.getValue(), s.additional(), path + "[" + key + "]", at.key(key));
                }
            }
        } else if (value instanceof ListNode list) {
            for (int i = 0; i < list.size(); i++) {
                walk(list.items().get(i), s.items(), path + "[" + i + "]", at.index(i));
            }
        }
    }

    private void typeFields(MapNode map, String path, FieldPath at) {
        if (!map.containsKey("apiVersion")) {
            out.add(new Violation(at, FieldErrors.required(path + ".apiVersion", "must not be empty")));
        }
        if (!map.containsKey("kind")) {
            out.add(new Violation(at, FieldErrors.required(path + ".kind", "must not be empty")));
        }
        map.get("apiVersion").ifPresent(v -> apiVersion(v, path + ".apiVersion", at.key("apiVersion")));
        map.get("kind").ifPresent(v -> kind(v, path + ".kind", at.key("kind")));
    }

    private void apiVersion(Node value, String field, FieldPath at) {
        if (!(value instanceof StringNode text)) {
            out.add(new Violation(at, FieldErrors.invalid(field, GoValues.bad(value), "must be a string")));
        } else if (text.value().isEmpty()) {
            out.add(new Violation(at, FieldErrors.invalid(field, "", "must not be empty")));
        } else if (text.value().chars().filter(c -> c == '/').count() > 1) {
            out.add(new Violation(at, FieldErrors.invalid(field, text.value(),
                    "unexpected GroupVersion string: " + text.value())));
        }
    }

    private void kind(Node value, String field, FieldPath at) {
        if (!(value instanceof StringNode text)) {
            out.add(new Violation(at, FieldErrors.invalid(field, GoValues.bad(value), "must be a string")));
        } else if (text.value().isEmpty()) {
            out.add(new Violation(at, FieldErrors.invalid(field, "", "must not be empty")));
        } else {
            List<String> problems = Syntax.dns1035Label(text.value().toLowerCase(Locale.ROOT));
            if (!problems.isEmpty()) {
                out.add(new Violation(at, FieldErrors.invalid(field, text.value(),
                        "may have mixed case, but should otherwise match: " + String.join(",", problems))));
            }
        }
    }
}
