package dev.windlass.policy;

import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
  * A constraint's {@code enforcementAction} (deny by default, dryrun, warn) or {@code scoped} with
  * {@code scopedEnforcementActions[{action, enforcementPoints[{name}]}]}, resolved per
  * {@link EnforcementPoint}; {@code *} names every point.
  */
record ActionSpec(EnforcementAction action, List<Scoped> scoped) {
    ActionSpec {
        scoped = scoped == null ? null : List.copyOf(scoped);
    }

    /** One scoped entry: an action at some points. */
    record Scoped(EnforcementAction action, List<String> points) {
        Scoped {
            points = List.copyOf(points);
        }
    }

    static final ActionSpec DENY = new ActionSpec(EnforcementAction.DENY, null);

    static ActionSpec parse(MapNode spec, Fields f) throws PolicyException {
        String text = f.text(spec, "enforcementAction", "spec.enforcementAction").orElse("deny");
        if (text.isEmpty()) {
            text = "deny";
        }
        if (!text.equalsIgnoreCase("scoped")) {
            return new ActionSpec(action(text, f, "spec.enforcementAction"), null);
        }
        List<Scoped> scoped = new ArrayList<>();
        ListNode list = f.list(spec, "scopedEnforcementActions", "spec.scopedEnforcementActions")
                .orElse(ListNode.empty());
        for (int i = 0; i < list.size(); i++) {
            String at = "spec.scopedEnforcementActions[" + i + "]";
            MapNode entry = list.items().get(i).asMap().orElseThrow(() -> f.error(at, "must be an object"));
            EnforcementAction action = action(f.text(entry, "action", at + ".action").orElse(""), f, at + ".action");
            List<String> points = new ArrayList<>();
            ListNode eps = f.list(entry, "enforcementPoints", at + ".enforcementPoints").orElse(ListNode.empty());
            for (int j = 0; j < eps.size(); j++) {
                String ep = at + ".enforcementPoints[" + j + "]";
                MapNode point = eps.items().get(j).asMap().orElseThrow(() -> f.error(ep, "must be an object"));
                points.add(f.text(point, "name", ep + ".name").orElse(""));
            }
            scoped.add(new Scoped(action, points));
        }
        if (scoped.isEmpty()) {
            throw f.error("spec.scopedEnforcementActions", "is required when enforcementAction is scoped");
        }
        return new ActionSpec(null, scoped);
    }

    private static EnforcementAction action(String text, Fields f, String field) throws PolicyException {
        switch (text.toLowerCase(Locale.ROOT)) {
            case "deny":
                return EnforcementAction.DENY;
            case "dryrun":
                return EnforcementAction.DRYRUN;
            case "warn":
                return EnforcementAction.WARN;
            default:
                throw f.error(field, "\"" + text + "\" is not a supported enforcement action; use deny, dryrun, warn"
                        + (field.equals("spec.enforcementAction") ? " or scoped" : ""));
        }
    }

    /**
      * The action at {@code point}: the strongest (deny, then warn, then dryrun) of the scoped
      * entries naming it, or empty when the constraint does not apply there.
      */
    Optional<EnforcementAction> at(EnforcementPoint point) {
        if (scoped == null) {
            return Optional.of(action);
        }
        EnforcementAction best = null;
        for (Scoped s : scoped) {
            boolean named = s.points().contains("*") || s.points().contains(point.gatekeeperName());
            if (named && (best == null || rank(s.action()) < rank(best))) {
                best = s.action();
            }
        }
        return Optional.ofNullable(best);
    }

    private static int rank(EnforcementAction a) {
        return a == EnforcementAction.DENY ? 0 : a == EnforcementAction.WARN ? 1 : 2;
    }
}
