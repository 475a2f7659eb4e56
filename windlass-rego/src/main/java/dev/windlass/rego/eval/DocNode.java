package dev.windlass.rego.eval;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A node of the virtual document tree: a package or rule path, with rules defined exactly here and children. */
final class DocNode {
    final List<String> path;
    final Map<String, DocNode> children = new TreeMap<>();
    RuleGroup group;
    /** Whether a package is declared here (its document is at least an empty object). */
    boolean isPackage;

    DocNode(List<String> path) {
        this.path = List.copyOf(path);
    }

    DocNode child(String key) {
        return children.get(key);
    }

    DocNode childOrCreate(String key) {
        return children.computeIfAbsent(key, k -> {
            java.util.ArrayList<String> p = new java.util.ArrayList<>(path);
            p.add(k);
            return new DocNode(p);
        });
    }
}
