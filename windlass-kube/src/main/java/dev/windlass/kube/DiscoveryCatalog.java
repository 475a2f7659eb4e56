package dev.windlass.kube;

import dev.windlass.model.GroupKind;
import dev.windlass.model.GroupVersionKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What one discovery pass found: every served kind by group, version and kind, and for each group
 * and kind the version the server prefers (the one to watch, so an object is not seen twice).
 */
final class DiscoveryCatalog {

    private final Map<GroupVersionKind, ServedKind> kinds;
    private final List<ServedKind> preferred;

    /** {@code served} in discovery order: groups in order, each group's versions preferred first. */
    DiscoveryCatalog(List<ServedKind> served) {
        Map<GroupVersionKind, ServedKind> byGvk = new LinkedHashMap<>();
        List<ServedKind> firsts = new ArrayList<>();
        Set<GroupKind> seen = new HashSet<>();
        for (ServedKind kind : served) {
            GroupVersionKind gvk = kind.type().gvk();
            if (byGvk.putIfAbsent(gvk, kind) == null && seen.add(gvk.groupKind())) {
                firsts.add(kind);
            }
        }
        this.kinds = Collections.unmodifiableMap(byGvk);
        this.preferred = List.copyOf(firsts);
    }

    static DiscoveryCatalog empty() {
        return new DiscoveryCatalog(List.of());
    }

    Optional<ServedKind> find(GroupVersionKind gvk) {
        return Optional.ofNullable(kinds.get(gvk));
    }

    /** One entry per group and kind, at the server's preferred version. */
    List<ServedKind> preferred() {
        return preferred;
    }

    int size() {
        return kinds.size();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DiscoveryCatalog o && kinds.equals(o.kinds);
    }

    @Override
    public int hashCode() {
        return kinds.hashCode();
    }
}
