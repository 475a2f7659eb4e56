package dev.windlass.sandbox.resource;

import dev.windlass.model.GroupVersionKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** One immutable state of the registry with its look-up indexes; replaced whole on every change. */
final class RegistrySnapshot {

    final long generation;
    final List<ApiResource> builtins;
    final Map<String, CustomResource> crds;
    final List<ApiResource> all;
    final Map<String, ApiResource> byPath = new HashMap<>();
    final Map<GroupVersionKind, ApiResource> byKind = new HashMap<>();
    final Map<String, List<ApiResource>> byGroupPlural = new HashMap<>();
    final Map<String, CustomResource> crdByGroupPlural = new HashMap<>();
    final Map<String, List<String>> versionsByGroup = new LinkedHashMap<>();
    final List<String> groupNames;

    RegistrySnapshot(long generation, List<ApiResource> builtins, Map<String, CustomResource> crds) {
        this.generation = generation;
        this.builtins = builtins;
        this.crds = Map.copyOf(crds);
        this.all = List.copyOf(ordered(builtins, crds));
        for (ApiResource r : all) {
            byPath.putIfAbsent(key(r.group(), r.version(), r.plural()), r);
            byKind.putIfAbsent(r.gvk(), r);
            byGroupPlural.computeIfAbsent(key(r.group(), r.plural()), k -> new ArrayList<>()).add(r);
        }
        byGroupPlural.values().forEach(list -> list.sort(
                Comparator.comparing(ApiResource::version, KubeVersionOrder.PREFERRED_FIRST)));
        byGroupPlural.replaceAll((k, list) -> List.copyOf(list));
        crds.values().forEach(c -> crdByGroupPlural.put(key(c.group(), c.plural()), c));
        this.groupNames = List.copyOf(groups(all));
        for (String group : groupNames) {
            Set<String> versions = new TreeSet<>(KubeVersionOrder.PREFERRED_FIRST);
            all.stream().filter(r -> r.group().equals(group)).forEach(r -> versions.add(r.version()));
            versionsByGroup.put(group, List.copyOf(versions));
        }
    }

    static String key(String... parts) {
        return String.join("/", parts);
    }

    /** Built-ins in table order, then CRDs by group and plural, each CRD's versions preferred first. */
    private static List<ApiResource> ordered(List<ApiResource> builtins, Map<String, CustomResource> crds) {
        List<ApiResource> out = new ArrayList<>(builtins);
        crds.values().stream()
                .sorted(Comparator.comparing(CustomResource::group).thenComparing(CustomResource::plural))
                .forEach(crd -> crd.servedResources().stream()
                        .sorted(Comparator.comparing(ApiResource::version, KubeVersionOrder.PREFERRED_FIRST))
                        .forEach(out::add));
        return out;
    }

    /** Core first, built-in groups in kube-apiserver's order, then the other groups by name. */
    private static List<String> groups(List<ApiResource> all) {
        Set<String> present = new LinkedHashSet<>();
        all.forEach(r -> present.add(r.group()));
        List<String> out = new ArrayList<>();
        for (String group : BuiltinResources.GROUP_ORDER) {
            if (present.remove(group)) {
                out.add(group);
            }
        }
        out.addAll(new TreeSet<>(present));
        return out;
    }
}
