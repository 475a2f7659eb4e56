package dev.windlass.policy;

import dev.windlass.model.GroupVersionKind;
import dev.windlass.model.KubeObject;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import java.util.ArrayList;
import java.util.List;

/**
  * Gatekeeper's Config ({@code config.gatekeeper.sh/v1alpha1}): the kinds {@code spec.sync.syncOnly}
  * replicates, and {@code spec.match[{excludedNamespaces, processes}]} exclusions per process
  * ({@code *} for every process). A Namespace object is excluded by its own name.
  */
record GatekeeperConfig(List<GroupVersionKind> syncOnly, List<Exclusion> exclusions) {
    static final GatekeeperConfig NONE = new GatekeeperConfig(List.of(), List.of());

    GatekeeperConfig {
        syncOnly = List.copyOf(syncOnly);
        exclusions = List.copyOf(exclusions);
    }

    /** One {@code spec.match[]} entry. */
    record Exclusion(List<String> namespaces, List<String> processes) {
        Exclusion {
            namespaces = List.copyOf(namespaces);
            processes = List.copyOf(processes);
        }
    }

    static boolean isConfig(KubeObject object) {
        return object.kind().equals("Config") && object.gvk().group().equals("config.gatekeeper.sh");
    }

    static GatekeeperConfig read(KubeObject object) throws PolicyException {
        Fields f = new Fields("Config " + object.name());
        MapNode spec = f.map(object.content(), "spec", "spec").orElse(MapNode.empty());
        MapNode sync = f.map(spec, "sync", "spec.sync").orElse(MapNode.empty());
        List<GroupVersionKind> kinds = new ArrayList<>();
        ListNode only = f.list(sync, "syncOnly", "spec.sync.syncOnly").orElse(ListNode.empty());
        for (int i = 0; i < only.size(); i++) {
            String at = "spec.sync.syncOnly[" + i + "]";
            MapNode gvk = only.items().get(i).asMap().orElseThrow(() -> f.error(at, "must be an object"));
            kinds.add(new GroupVersionKind(f.text(gvk, "group", at + ".group").orElse(""),
                    f.text(gvk, "version", at + ".version").orElse(""), f.text(gvk, "kind", at + ".kind").orElse("")));
        }
        List<Exclusion> exclusions = new ArrayList<>();
        ListNode match = f.list(spec, "match", "spec.match").orElse(ListNode.empty());
        for (int i = 0; i < match.size(); i++) {
            String at = "spec.match[" + i + "]";
            MapNode entry = match.items().get(i).asMap().orElseThrow(() -> f.error(at, "must be an object"));
            exclusions.add(new Exclusion(f.strings(entry, "excludedNamespaces", at + ".excludedNamespaces"),
                    f.strings(entry, "processes", at + ".processes")));
        }
        return new GatekeeperConfig(kinds, exclusions);
    }

    /** Whether the Config exempts {@code object} from {@code process}. */
    boolean excludes(KubeObject object, String process) {
        String namespace = Match.isNamespace(object) ? object.name() : object.namespace();
        for (Exclusion e : exclusions) {
            boolean forProcess = e.processes().contains("*") || e.processes().contains(process);
            if (forProcess && Wildcard.anyMatches(e.namespaces(), namespace)) {
                return true;
            }
        }
        return false;
    }
}
