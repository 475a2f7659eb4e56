package dev.windlass.pipelines.triggers;

import dev.windlass.model.tree.Node;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Resolves a trigger's bindings and template, then the params for one event as Tekton does: template
 * defaults first, then every binding param with its {@code $(...)} JSONPath expressions replaced by event
 * values; an expression that finds nothing falls back to the template param's default, else fails the trigger.
 */
final class BindingResolver {

    /** The template and params of a trigger for one event, or why the trigger cannot run. */
    record Resolved(TriggerTemplate template, Map<String, String> params, String problem) {
        static Resolved failed(String problem) {
            return new Resolved(null, Map.of(), problem);
        }
    }

    private final TriggerCatalog catalog;

    BindingResolver(TriggerCatalog catalog) {
        this.catalog = catalog;
    }

    Resolved resolve(Trigger trigger, Node event) {
        List<BindingParam> params = new ArrayList<>();
        for (BindingRef b : trigger.bindings()) {
            if (b.isInline()) {
                params.add(new BindingParam(b.name(), b.value()));
                continue;
            }
            Optional<TriggerBinding> found = catalog.binding(b.kind(), trigger.namespace(), b.ref());
            if (found.isEmpty()) {
                return Resolved.failed("failed to resolve bindings: error getting " + b.kind() + " " + b.ref());
            }
            params.addAll(found.get().params());
        }
        Set<String> seen = new HashSet<>();
        for (BindingParam p : params) {
            if (!seen.add(p.name())) {
                return Resolved.failed("failed to resolve bindings: duplicate param name: " + p.name());
            }
        }
        Optional<TriggerTemplate> template = trigger.template().inline()
                .or(() -> catalog.template(trigger.namespace(), trigger.template().ref()));
        if (template.isEmpty()) {
            return Resolved.failed("error getting TriggerTemplate " + trigger.template().ref());
        }
        return apply(template.get(), params, event);
    }

    private static Resolved apply(TriggerTemplate template, List<BindingParam> params, Node event) {
        Map<String, String> values = new TreeMap<>();
        template.params().forEach(p -> p.defaultValue().ifPresent(d -> values.put(p.name(), d)));
        Map<String, String> defaults = Map.copyOf(values);
        for (BindingParam p : params) {
            String value = p.value();
            List<String[]> expressions = expressions(p.value());
            for (String[] e : expressions) {
                EventPath.Found found = EventPath.evaluate(event, e[1]);
                String text = found.text();
                if (text == null && !template.params().isEmpty() && defaults.containsKey(p.name())) {
                    text = defaults.get(p.name());
                }
                if (text == null) {
                    return Resolved.failed("failed to replace JSONPath value for param " + p.name() + ": " + p.value()
                            + ": " + found.problem());
                }
                value = value.replace(e[0], text);
            }
            values.put(p.name(), value);
        }
        return new Resolved(template, values, null);
    }

    /** Each {@code $(...)} in {@code value} (parentheses balanced): {original, expression}; header names made canonical. */
    static List<String[]> expressions(String value) {
        List<String[]> out = new ArrayList<>();
        String[] parts = value.split("\\$\\(", -1);
        for (int p = 1; p < parts.length; p++) {
            String part = parts[p];
            int open = 0;
            for (int i = 0; i < part.length(); i++) {
                char c = part.charAt(i);
                if (c == '(') {
                    open++;
                } else if (c == ')' && --open < 0) {
                    String raw = part.substring(0, i);
                    String expr = raw.startsWith("header.") ? "header." + Headers.canonical(raw.substring(7)) : raw;
                    out.add(new String[] {"$(" + raw + ")", expr});
                    break;
                }
            }
        }
        return out;
    }
}
