package dev.windlass.sandbox.apply;

import dev.windlass.model.GroupKind;
import dev.windlass.model.codec.JsonWriter;
import dev.windlass.model.patch.MergeSchema;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiFunction;

/**
 * An immutable set of field paths: the fields one manager owns, or the fields an object sets.
 * Stored as a tree, as structured-merge-diff stores it: at each level the elements that are
 * members themselves and the elements with members below them (an element can be both).
 *
 * <p>{@link #toFieldsV1()} and {@link #fromFieldsV1(Node)} convert to and from the
 * {@code managedFields[].fieldsV1} form, e.g.
 * {@code {"f:spec":{"f:containers":{"k:{\"name\":\"web\"}":{".":{},"f:image":{}}}}}}.
 */
public final class FieldSet {

    private static final FieldSet EMPTY = new FieldSet(new TreeSet<>(), new TreeMap<>());

    private final SortedSet<PathElement> members;
    private final SortedMap<PathElement, FieldSet> children;

    private FieldSet(TreeSet<PathElement> members, TreeMap<PathElement, FieldSet> children) {
        this.members = Collections.unmodifiableSortedSet(members);
        this.children = Collections.unmodifiableSortedMap(children);
    }

    public static FieldSet empty() {
        return EMPTY;
    }

    /** The set holding exactly {@code paths}. */
    public static FieldSet of(ManagedPath... paths) {
        Builder builder = new Builder();
        for (ManagedPath path : paths) {
            builder.insert(path);
        }
        return builder.build();
    }

    /** The set holding exactly {@code paths}. */
    public static FieldSet of(List<ManagedPath> paths) {
        Builder builder = new Builder();
        paths.forEach(builder::insert);
        return builder.build();
    }

    /**
     * The fields {@code object} sets, as server-side apply records an applied configuration:
     * scalars, atomic lists and atomic maps are leaves; items of map and set lists are members
     * themselves; an empty map or a null is a member; other maps are not.
     */
    public static FieldSet of(Node object, GroupKind kind, MergeSchema schema) {
        return AppliedFieldSet.of(object, new SchemaCursor(kind, schema));
    }

    /** Decodes a {@code fieldsV1} value; throws {@link IllegalArgumentException} naming what is malformed. */
    public static FieldSet fromFieldsV1(Node fieldsV1) {
        return FieldsV1.decode(fieldsV1);
    }

    /** The {@code fieldsV1} value of this set, keys in the order the API server writes them. */
    public MapNode toFieldsV1() {
        return FieldsV1.encode(this);
    }

    /** The {@code fieldsV1} value as compact JSON. */
    public String toJson() {
        return JsonWriter.write(toFieldsV1(), 0);
    }

    public boolean isEmpty() {
        return members.isEmpty() && children.isEmpty();
    }

    /** Elements at this level that are in the set themselves, in order. */
    public SortedSet<PathElement> members() {
        return members;
    }

    /** Elements at this level with set members below them, in order; never holds an empty set. */
    public SortedMap<PathElement, FieldSet> children() {
        return children;
    }

    /** The part of the set below {@code element}; empty when there is none. */
    public FieldSet child(PathElement element) {
        return children.getOrDefault(element, EMPTY);
    }

    public boolean contains(ManagedPath path) {
        FieldSet level = this;
        List<PathElement> elements = path.elements();
        for (int i = 0; i < elements.size() - 1; i++) {
            level = level.children.get(elements.get(i));
            if (level == null) {
                return false;
            }
        }
        return !elements.isEmpty() && level.members.contains(elements.get(elements.size() - 1));
    }

    /** Every path in the set: members of a level first, then each child's paths, all in order. */
    public List<ManagedPath> paths() {
        List<ManagedPath> out = new ArrayList<>();
        collect(ManagedPath.root(), out);
        return out;
    }

    private void collect(ManagedPath prefix, List<ManagedPath> out) {
        members.forEach(member -> out.add(prefix.child(member)));
        children.forEach((element, child) -> child.collect(prefix.child(element), out));
    }

    public FieldSet union(FieldSet other) {
        if (other.isEmpty()) {
            return this;
        }
        if (isEmpty()) {
            return other;
        }
        TreeSet<PathElement> m = new TreeSet<>(members);
        m.addAll(other.members);
        TreeMap<PathElement, FieldSet> c = new TreeMap<>(children);
        other.children.forEach((element, child) -> c.merge(element, child, FieldSet::union));
        return new FieldSet(m, c);
    }

    /** The paths of this set that are not in {@code other} (exact paths; descendants are not implied). */
    public FieldSet difference(FieldSet other) {
        TreeSet<PathElement> m = new TreeSet<>(members);
        m.removeAll(other.members);
        return withChildren(m, (element, child) -> {
            FieldSet theirs = other.children.get(element);
            return theirs == null ? child : child.difference(theirs);
        });
    }

    public FieldSet intersection(FieldSet other) {
        TreeSet<PathElement> m = new TreeSet<>(members);
        m.retainAll(other.members);
        return withChildren(m, (element, child) -> {
            FieldSet theirs = other.children.get(element);
            return theirs == null ? EMPTY : child.intersection(theirs);
        });
    }

    /** The paths of this set that neither are in {@code prefixes} nor lie below one of its paths. */
    public FieldSet withoutPrefixes(FieldSet prefixes) {
        TreeSet<PathElement> m = new TreeSet<>(members);
        m.removeAll(prefixes.members);
        return withChildren(m, (element, child) -> {
            if (prefixes.members.contains(element)) {
                return EMPTY;
            }
            FieldSet theirs = prefixes.children.get(element);
            return theirs == null ? child : child.withoutPrefixes(theirs);
        });
    }

    private FieldSet withChildren(TreeSet<PathElement> m, BiFunction<PathElement, FieldSet, FieldSet> change) {
        TreeMap<PathElement, FieldSet> c = new TreeMap<>();
        for (Map.Entry<PathElement, FieldSet> entry : children.entrySet()) {
            FieldSet changed = change.apply(entry.getKey(), entry.getValue());
            if (!changed.isEmpty()) {
                c.put(entry.getKey(), changed);
            }
        }
        return m.isEmpty() && c.isEmpty() ? EMPTY : new FieldSet(m, c);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FieldSet set && members.equals(set.members) && children.equals(set.children);
    }

    @Override
    public int hashCode() {
        return Objects.hash(members, children);
    }

    @Override
    public String toString() {
        return toJson();
    }

    /** Collects paths into a set; not thread-safe, used once. */
    static final class Builder {
        private final TreeSet<PathElement> members = new TreeSet<>();
        private final TreeMap<PathElement, Builder> children = new TreeMap<>();

        Builder insert(ManagedPath path) {
            List<PathElement> elements = path.elements();
            if (elements.isEmpty()) {
                return this;
            }
            Builder level = this;
            for (int i = 0; i < elements.size() - 1; i++) {
                level = level.descend(elements.get(i));
            }
            level.members.add(elements.get(elements.size() - 1));
            return this;
        }

        Builder member(PathElement element) {
            members.add(element);
            return this;
        }

        Builder descend(PathElement element) {
            return children.computeIfAbsent(element, e -> new Builder());
        }

        FieldSet build() {
            TreeMap<PathElement, FieldSet> built = new TreeMap<>();
            children.forEach((element, child) -> {
                FieldSet set = child.build();
                if (!set.isEmpty()) {
                    built.put(element, set);
                }
            });
            return members.isEmpty() && built.isEmpty() ? EMPTY : new FieldSet(new TreeSet<>(members), built);
        }
    }
}
