package dev.windlass.sandbox.apply;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The text of an apply conflict, as the API server writes it into the 409 Status message. */
final class ConflictMessages {

    private ConflictMessages() {
    }

    /**
     * {@code Apply failed with 1 conflict: conflict with "m" using apps/v1: .spec.replicas}, or for
     * several: {@code Apply failed with N conflicts: conflicts with "m" using apps/v1:\n- .a\n- .b},
     * managers in the order of their identities.
     */
    static String message(List<ApplyConflict> conflicts) {
        if (conflicts.size() == 1) {
            ApplyConflict only = conflicts.get(0);
            return "Apply failed with 1 conflict: " + only.message() + ": " + only.field();
        }
        Map<String, List<ApplyConflict>> byManager = new TreeMap<>();
        for (ApplyConflict conflict : conflicts) {
            byManager.computeIfAbsent(conflict.identity(), k -> new ArrayList<>()).add(conflict);
        }
        List<String> lines = new ArrayList<>();
        for (List<ApplyConflict> group : byManager.values()) {
            lines.add("conflicts with " + group.get(0).managerDescription() + ":");
            group.forEach(conflict -> lines.add("- " + conflict.field()));
        }
        return "Apply failed with " + conflicts.size() + " conflicts: " + String.join("\n", lines);
    }

    /** Conflicts grouped by manager identity, in the message's order. */
    static List<ApplyConflict> ordered(List<ApplyConflict> conflicts) {
        Map<String, List<ApplyConflict>> byManager = new TreeMap<>();
        conflicts.forEach(c -> byManager.computeIfAbsent(c.identity(), k -> new ArrayList<>()).add(c));
        List<ApplyConflict> out = new ArrayList<>();
        byManager.values().forEach(out::addAll);
        return out;
    }

}
