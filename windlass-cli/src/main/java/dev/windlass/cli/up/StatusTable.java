package dev.windlass.cli.up;

import dev.windlass.cli.TextColumns;
import dev.windlass.model.KubeObject;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The live table {@code windlass up} prints: one row per Application with its sync and health. */
final class StatusTable {

    private StatusTable() {
    }

    static String render(List<KubeObject> applications) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"NAME", "SYNC", "HEALTH", "REVISION", "OPERATION", "MESSAGE"});
        for (KubeObject app : applications) {
            MapNode status = app.content().getMap("status").orElse(MapNode.empty());
            String revision = status.getMap("sync").flatMap(s -> s.getText("revision")).orElse("");
            rows.add(new String[] {
                app.name(),
                status.getMap("sync").flatMap(s -> s.getText("status")).orElse("Unknown"),
                status.getMap("health").flatMap(s -> s.getText("status")).orElse("Unknown"),
                revision.length() > 7 ? revision.substring(0, 7) : revision,
                status.getMap("operationState").flatMap(s -> s.getText("phase")).orElse(""),
                message(status)});
        }
        return TextColumns.align(rows, 2);
    }

    /** True when every application is Synced and Healthy with no operation running. */
    static boolean allSettled(List<KubeObject> applications) {
        return !applications.isEmpty() && applications.stream().allMatch(app -> {
            MapNode status = app.content().getMap("status").orElse(MapNode.empty());
            return status.getMap("sync").flatMap(s -> s.getText("status")).orElse("").equals("Synced")
                    && status.getMap("health").flatMap(s -> s.getText("status")).orElse("").equals("Healthy")
                    && app.content().getMap("operation").isEmpty();
        });
    }

    private static String message(MapNode status) {
        Optional<String> condition = status.getList("conditions").map(ListNode::items).orElse(List.of()).stream()
                .filter(n -> n instanceof MapNode).map(n -> (MapNode) n)
                .map(c -> c.getText("type").orElse("") + ": " + c.getText("message").orElse(""))
                .findFirst();
        String text = condition.orElseGet(() -> status.getMap("operationState")
                .filter(s -> !s.getText("phase").orElse("").equals("Succeeded"))
                .flatMap(s -> s.getText("message")).orElse(""));
        text = text.replace('\n', ' ');
        return text.length() > 100 ? text.substring(0, 97) + "..." : text;
    }
}
