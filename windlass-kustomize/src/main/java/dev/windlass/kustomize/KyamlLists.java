package dev.windlass.kustomize;

import dev.windlass.kustomize.KyamlMerge.Directive;
import dev.windlass.kustomize.KyamlMerge.SchemaAt;
import dev.windlass.model.patch.PatchException;
import dev.windlass.model.tree.Node;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The list half of {@link KyamlMerge}: how kustomize merges a list the schema gives merge keys
 * (or a merge strategy, for lists of scalars). Every item is named by the values of its keys, as
 * text; the names are collected from the patch first, then from the resource; the items of each
 * name are merged; the merged items are put first and the resource's items are added after them,
 * replacing a merged item of the same name by the resource's (already merged) node.
 *
 * <p>For lists with several keys (ports: {@code containerPort} and {@code protocol}), two names
 * that agree where both give a value and share at least one value count as one, and a key no item
 * gives a value for is left out. This reproduces kustomize's results for items that leave the
 * protocol out, including the odd ones.
 */
final class KyamlLists {

    /** Merge keys and the values an item has for them, position by position. */
    private record Keyed(List<String> keys, List<String> values) {
    }

    private final KyamlMerge merge;

    KyamlLists(KyamlMerge merge) {
        this.merge = merge;
    }

    /** A list with merge keys ({@code []}: a list of scalars merged as a set). */
    KyamlNode walkAssociative(KyamlNode dest, KyamlNode origin, SchemaAt at, List<String> keys) {
        KyamlNode list = merge.visitList(dest, origin);
        if (list == null) {
            return null;
        }
        List<List<String>> names = keys.isEmpty() ? List.of() : names(origin, list, keys);
        if (!names.isEmpty() || !keys.isEmpty()) {
            return mergeItems(new ArrayList<>(names), keys, list, origin, at);
        }
        return mergeItems(scalarNames(origin, list), List.of(""), list, origin, at);
    }

    private KyamlNode mergeItems(List<List<String>> names, List<String> keys, KyamlNode list, KyamlNode origin,
            SchemaAt at) {
        KyamlNode merged = KyamlNode.seq(List.of());
        if (keys.size() > 1) {
            unify(names);
        }
        Keyed valid = null;
        for (List<String> name : names) {
            if (name.isEmpty()) {
                continue;
            }
            valid = valid(names, name, keys);
            Keyed own = valid(List.of(valid.values()), valid.values(), valid.keys());
            KyamlNode item = merge.walk(find(list, own), find(origin, own), at);
            if (KyamlNode.emptyMap(item)) {
                set(list, null, valid.keys(), valid.values());
                continue;
            }
            for (int i = 0; i < valid.keys().size(); i++) {
                String value = valid.values().get(i);
                if (item.isMap() && item.field(valid.keys().get(i)) == null && !value.isEmpty()) {
                    item.fields.put(valid.keys().get(i), KyamlNode.scalar(plain(value)));
                }
            }
            set(merged, item, valid.keys(), valid.values());
        }
        return valid == null ? list : appendAll(merged, list, valid.keys());
    }

    /** The names of the items of the patch, then of the resource, each once. */
    private static List<List<String>> names(KyamlNode origin, KyamlNode list, List<String> keys) {
        List<List<String>> out = new ArrayList<>();
        Set<List<String>> seen = new HashSet<>();
        for (KyamlNode source : new KyamlNode[] {origin, list}) {
            if (source == null || !source.isSeq()) {
                continue;
            }
            for (KyamlNode item : source.items) {
                List<String> name = new ArrayList<>(keys.size());
                for (String key : keys) {
                    KyamlNode value = item.field(key);
                    name.add(KyamlNode.nilOrEmpty(value) ? "" : value.text());
                }
                if (seen.add(name)) {
                    out.add(name);
                }
            }
        }
        return out;
    }

    /** The items of a list of scalars, as names: the patch's, then the resource's, each once. */
    private static List<List<String>> scalarNames(KyamlNode origin, KyamlNode list) {
        List<List<String>> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (KyamlNode source : new KyamlNode[] {origin, list}) {
            if (source == null || !source.isSeq()) {
                continue;
            }
            for (KyamlNode item : source.items) {
                if (seen.add(item.text())) {
                    out.add(List.of(item.text()));
                }
            }
        }
        return out;
    }

    /** Makes names that agree where both have a value, and share one, the same (filling the gaps). */
    private static void unify(List<List<String>> names) {
        for (int i = 0; i < names.size(); i++) {
            List<String> first = names.get(i);
            for (int j = 0; j < names.size(); j++) {
                List<String> joined = join(first, names.get(j));
                if (joined != null) {
                    names.set(i, joined);
                    names.set(j, joined);
                }
            }
        }
    }

    private static List<String> join(List<String> a, List<String> b) {
        if (a.size() != b.size()) {
            return null;
        }
        boolean common = false;
        List<String> out = new ArrayList<>(a.size());
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i).equals(b.get(i))) {
                common = true;
                out.add(a.get(i));
            } else if (!a.get(i).isEmpty() && !b.get(i).isEmpty()) {
                return null;
            } else {
                out.add(a.get(i).isEmpty() ? b.get(i) : a.get(i));
            }
        }
        return common ? out : null;
    }

    /** The keys some name among {@code all} has a value for, and {@code name}'s values for them. */
    private static Keyed valid(List<List<String>> all, List<String> name, List<String> keys) {
        Set<String> used = new HashSet<>();
        for (List<String> values : all) {
            for (int i = 0; i < values.size() && i < keys.size(); i++) {
                if (!values.get(i).isEmpty()) {
                    used.add(keys.get(i));
                }
            }
        }
        if (used.isEmpty()) {
            return new Keyed(keys, name);
        }
        List<String> validKeys = keys.stream().filter(used::contains).toList();
        List<String> validValues = new ArrayList<>();
        for (int i = 0; i < name.size() && i < keys.size(); i++) {
            if (!name.get(i).isEmpty() || used.contains(keys.get(i))) {
                validValues.add(name.get(i));
            }
        }
        return new Keyed(validKeys, validValues);
    }

    /** The first item of {@code source} whose keys have exactly these values (scalars: whose text is the value). */
    private static KyamlNode find(KyamlNode source, Keyed keyed) {
        if (source == null || !source.isSeq()) {
            return null;
        }
        boolean scalars = keyed.keys().isEmpty() || keyed.keys().get(0).isEmpty();
        for (KyamlNode item : source.items) {
            if (scalars ? item.text().equals(keyed.values().get(0)) : item.isMap() && hasValues(item, keyed)) {
                return item;
            }
        }
        return null;
    }

    private static boolean hasValues(KyamlNode item, Keyed keyed) {
        for (int i = 0; i < keyed.keys().size(); i++) {
            KyamlNode field = item.field(keyed.keys().get(i));
            if (field == null || !field.text().equals(keyed.values().get(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * kyaml's element setter: replaces the items matching the keys with {@code element} (removes
     * them when it is null), or adds it at the end. An empty value matches any value; items that
     * are null or empty maps are dropped on the way.
     */
    static void set(KyamlNode list, KyamlNode element, List<String> keys, List<String> values) {
        List<String> k = keys.isEmpty() ? List.of("") : keys;
        boolean mapSetter = !k.get(0).isEmpty() && !values.isEmpty() && !values.get(0).isEmpty();
        List<KyamlNode> out = new ArrayList<>();
        boolean found = false;
        for (KyamlNode item : list.items) {
            if (KyamlNode.emptyMap(item)) {
                continue;
            }
            if (!item.isMap() && mapSetter) {
                out.add(item);
                continue;
            }
            if (!matches(item, k, values)) {
                if (!values.isEmpty()) {
                    out.add(item);
                }
                continue;
            }
            found = true;
            if (element != null) {
                out.add(element);
            }
        }
        list.items = out;
        if (!KyamlNode.missingOrNull(element) && !found) {
            list.items.add(element);
        }
    }

    private static boolean matches(KyamlNode item, List<String> keys, List<String> values) {
        KyamlNode last = null;
        for (int j = 0; j < keys.size(); j++) {
            if (j < values.size()) {
                last = fieldMatch(item, keys.get(j), values.get(j));
            }
            if (last == null) {
                return false;
            }
        }
        return true;
    }

    private static KyamlNode fieldMatch(KyamlNode item, String name, String value) {
        if (name.isEmpty()) {
            if (item.kind != KyamlNode.Kind.SCALAR) {
                throw wrongKind("ScalarNode", item);
            }
            return item.text().equals(value) ? item : null;
        }
        KyamlNode field = mapOrFail(item).field(name);
        if (field == null || !value.isEmpty() && !field.text().equals(value)) {
            return null;
        }
        return field;
    }

    /** Adds the resource's items after the merged ones, each replacing a merged item of its name. */
    private static KyamlNode appendAll(KyamlNode merged, KyamlNode list, List<String> keys) {
        for (KyamlNode item : new ArrayList<>(list.items)) {
            if (keys.get(0).isEmpty()) {
                set(merged, item, List.of(""), List.of(item.text()));
                continue;
            }
            List<String> values = new ArrayList<>();
            for (String key : keys) {
                KyamlNode value = KyamlNode.missingOrNull(item) ? null : mapOrFail(item).field(key);
                if (value == null) {
                    merged.items.add(item);
                    continue;
                }
                values.add(value.text());
            }
            if (keys.size() > 1) {
                set(merged, null, keys, values);
            }
            set(merged, item, keys, values);
        }
        return merged;
    }

    /**
     * The {@code $patch} of a patch list: the first item holding {@code $patch} and nothing else;
     * the items with that directive (and null or empty items) are then removed from the list.
     */
    static Directive listDirective(KyamlNode list) {
        KyamlNode holder = null;
        for (KyamlNode item : list.items) {
            if (item.isMap() && item.fields.containsKey(KyamlMerge.PATCH)) {
                holder = item;
                break;
            }
        }
        if (holder == null || holder.fields.size() > 1) {
            return Directive.MERGE;
        }
        String value = holder.field(KyamlMerge.PATCH).text();
        Directive directive = KyamlMerge.parse(value);
        set(list, null, List.of(KyamlMerge.PATCH), List.of(value));
        return directive;
    }

    private static KyamlNode mapOrFail(KyamlNode item) {
        if (!item.isMap()) {
            throw wrongKind("MappingNode", item);
        }
        return item;
    }

    private static PatchException wrongKind(String expected, KyamlNode item) {
        return new PatchException(PatchException.Kind.INVALID_PATCH, "wrong node kind: expected " + expected
                + " but got " + item.kindName() + " (" + item.toNode() + ") in a list merged by key");
    }

    /** A key value kyaml writes back as a plain scalar: a number or boolean when it reads as one. */
    private static Node plain(String text) {
        if (text.equals("true") || text.equals("false")) {
            return Node.of(Boolean.parseBoolean(text));
        }
        try {
            return Node.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Node.of(text);
        }
    }
}
