package dev.windlass.kustomize;

import dev.windlass.model.GroupVersionKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides whether a patch target selects a resource: group, version, kind, name and namespace as
 * whole-value regular expressions (a name matches any name the resource has had), and Kubernetes
 * label selectors over labels and annotations.
 */
final class PatchSelector {

    private static final Pattern SET_TERM = Pattern.compile("^(\\S+)\\s+(in|notin)\\s*\\((.*)\\)$");

    private PatchSelector() {
    }

    static boolean matches(Kustomization.PatchTarget target, Resource r) {
        // Parsing apiVersion costs more than most tests; only a group or version pattern needs it.
        GroupVersionKind gvk = target.group().isEmpty() && target.version().isEmpty() ? null : r.object().gvk();
        return (gvk == null || regex(target.group(), gvk.group()) && regex(target.version(), gvk.version()))
                && regex(target.kind(), r.object().kind())
                && (target.namespace().isEmpty() || regex(target.namespace(), namespace(r)))
                && (target.name().isEmpty() || r.names().stream().anyMatch(n -> regex(target.name(), n)))
                && (target.labelSelector().isEmpty() || selector(target.labelSelector(), r.object().labels()))
                && (target.annotationSelector().isEmpty()
                        || selector(target.annotationSelector(), r.object().annotations()));
    }

    private static String namespace(Resource r) {
        String namespace = r.object().namespace();
        return namespace == null ? "" : namespace;
    }

    private static boolean regex(String pattern, String value) {
        if (pattern.isEmpty()) {
            return true;
        }
        // Most targets give a plain kind or name: matching it whole is plain equality, without a matcher.
        return isLiteral(pattern) ? pattern.equals(value)
                : CompiledPatterns.orThrow("(?:" + pattern + ")").matcher(value).matches();
    }

    private static boolean isLiteral(String pattern) {
        for (int i = 0; i < pattern.length(); i++) {
            if ("\\^$.|?*+()[]{}".indexOf(pattern.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** Equality ({@code =}, {@code ==}, {@code !=}), set ({@code in}, {@code notin}) and existence terms, all ANDed. */
    static boolean selector(String selector, Map<String, String> values) {
        for (String term : terms(selector)) {
            if (!term(term.trim(), values)) {
                return false;
            }
        }
        return true;
    }

    private static boolean term(String term, Map<String, String> values) {
        if (term.isEmpty()) {
            return true;
        }
        var set = SET_TERM.matcher(term);
        if (set.matches()) {
            Set<String> options = Set.of(set.group(3).trim().split("\\s*,\\s*"));
            boolean in = values.containsKey(set.group(1)) && options.contains(values.get(set.group(1)));
            return set.group(2).equals("in") == in;
        }
        if (term.startsWith("!")) {
            return !values.containsKey(term.substring(1).trim());
        }
        int not = term.indexOf("!=");
        if (not >= 0) {
            return !term.substring(not + 2).trim().equals(values.get(term.substring(0, not).trim()));
        }
        int eq = term.indexOf('=');
        if (eq < 0) {
            return values.containsKey(term);
        }
        String value = term.substring(term.startsWith("=", eq + 1) ? eq + 2 : eq + 1).trim();
        return value.equals(values.get(term.substring(0, eq).trim()));
    }

    private static List<String> terms(String selector) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < selector.length(); i++) {
            char c = selector.charAt(i);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (c == ',' && depth == 0) {
                out.add(selector.substring(start, i));
                start = i + 1;
            }
        }
        out.add(selector.substring(start));
        return out;
    }
}
