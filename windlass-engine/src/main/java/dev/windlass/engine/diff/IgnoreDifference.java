package dev.windlass.engine.diff;

import dev.windlass.model.ResourceKey;
import dev.windlass.model.Result;
import dev.windlass.model.patch.JsonPointer;
import dev.windlass.model.patch.PatchException;
import dev.windlass.model.tree.ListNode;
import java.util.List;
import java.util.Objects;

/**
 * One entry of an Argo CD Application's {@code spec.ignoreDifferences}: which objects it applies
 * to and which of their fields are left out of the comparison.
 *
 * <p>{@code group} and {@code kind} match as globs ({@code *} for any run of characters,
 * {@code ?} for one), as Argo CD matches them; an empty {@code name} or {@code namespace} matches
 * any. {@code jsonPointers} (RFC 6901) and {@code jqPathExpressions} (the subset {@link JqPath}
 * describes) remove fields from both sides; {@code managedFieldsManagers} leaves out the fields
 * the live object's {@code metadata.managedFields} assign to those managers.
 *
 * @throws IllegalArgumentException from the constructor when a pointer is malformed or an
 *                                  expression is outside the supported jq subset; {@link #parse}
 *                                  reports these as issues instead
 */
public record IgnoreDifference(String group, String kind, String name, String namespace, List<String> jsonPointers,
                               List<String> jqPathExpressions, List<String> managedFieldsManagers) {

    public IgnoreDifference {
        group = group == null ? "" : group;
        kind = Objects.requireNonNull(kind, "kind");
        name = name == null ? "" : name;
        namespace = namespace == null ? "" : namespace;
        jsonPointers = List.copyOf(jsonPointers);
        jqPathExpressions = List.copyOf(jqPathExpressions);
        managedFieldsManagers = List.copyOf(managedFieldsManagers);
        for (String pointer : jsonPointers) {
            try {
                JsonPointer.parse(pointer);
            } catch (PatchException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
        }
        for (String expression : jqPathExpressions) {
            try {
                JqPathParser.parse(expression);
            } catch (JqPathParser.Unsupported e) {
                throw new IllegalArgumentException(DiffMessages.unsupportedJq(expression, e.getMessage()), e);
            }
        }
    }

    /** An entry for every object of a group and kind that ignores the fields at {@code jsonPointers}. */
    public static IgnoreDifference pointers(String group, String kind, String... jsonPointers) {
        return new IgnoreDifference(group, kind, "", "", List.of(jsonPointers), List.of(), List.of());
    }

    /**
     * Reads an Application's {@code spec.ignoreDifferences} list. Entries that are not maps, lack a
     * {@code kind}, have fields of the wrong type or malformed JSON pointers are errors and left
     * out; jq expressions outside the supported subset are warnings and left out of their entry.
     */
    public static Result<List<IgnoreDifference>> parse(ListNode entries) {
        return IgnoreDifferenceParser.parse(entries, null);
    }

    /** As {@link #parse(ListNode)}, with issues located at the Application {@code application}. */
    public static Result<List<IgnoreDifference>> parse(ListNode entries, ResourceKey application) {
        return IgnoreDifferenceParser.parse(entries, application);
    }

    /** Whether this entry applies to the object {@code key}. */
    public boolean matches(ResourceKey key) {
        return glob(group, key.group()) && glob(kind, key.kind())
                && (name.isEmpty() || name.equals(key.name()))
                && (namespace.isEmpty() || namespace.equals(key.namespace()));
    }

    static boolean glob(String pattern, String text) {
        return glob(pattern, 0, text, 0);
    }

    private static boolean glob(String pattern, int p, String text, int t) {
        if (p == pattern.length()) {
            return t == text.length();
        }
        char c = pattern.charAt(p);
        if (c == '*') {
            for (int i = t; i <= text.length(); i++) {
                if (glob(pattern, p + 1, text, i)) {
                    return true;
                }
            }
            return false;
        }
        if (t == text.length()) {
            return false;
        }
        return (c == '?' || c == text.charAt(t)) && glob(pattern, p + 1, text, t + 1);
    }
}
