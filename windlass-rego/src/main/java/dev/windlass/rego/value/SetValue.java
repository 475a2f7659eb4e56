package dev.windlass.rego.value;

import java.util.Collection;
import java.util.Collections;
import java.util.NavigableSet;
import java.util.TreeSet;

/** A set, its members kept sorted in OPA's order. */
public final class SetValue implements Value {
    /** The empty set. */
    public static final SetValue EMPTY = new SetValue(new TreeSet<>());

    private final NavigableSet<Value> members;

    private SetValue(TreeSet<Value> members) {
        this.members = Collections.unmodifiableNavigableSet(members);
    }

    /** A set of the given members (copied, duplicates dropped). */
    public static SetValue of(Collection<? extends Value> members) {
        return members.isEmpty() ? EMPTY : new SetValue(new TreeSet<>(members));
    }

    /** A set of the given members. */
    public static SetValue of(Value... members) {
        return of(java.util.List.of(members));
    }

    /** The members in order, read-only. */
    public NavigableSet<Value> members() {
        return members;
    }

    /** Whether a value is a member. */
    public boolean contains(Value value) {
        return members.contains(value);
    }

    /** The number of members. */
    public int size() {
        return members.size();
    }

    @Override
    public String typeName() {
        return "set";
    }

    @Override
    public int typeRank() {
        return 6;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SetValue s && members.equals(s.members);
    }

    @Override
    public int hashCode() {
        return members.hashCode();
    }

    @Override
    public String toString() {
        return Values.toJson(this);
    }
}
