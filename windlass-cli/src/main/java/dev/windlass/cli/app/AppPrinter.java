package dev.windlass.cli.app;

import static dev.windlass.cli.app.ApplicationView.list;
import static dev.windlass.cli.app.ApplicationView.map;
import static dev.windlass.cli.app.ApplicationView.maps;
import static dev.windlass.cli.app.ApplicationView.strings;
import static dev.windlass.cli.app.ApplicationView.text;

import dev.windlass.model.tree.MapNode;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The text of {@code windlass app} tables, laid out as {@code argocd app list|get|history|sync} print
 * them: an 11-column application table, the {@code Name:}/{@code Project:} summary, conditions, the
 * resource table and the operation result.
 */
final class AppPrinter {

    private static final String SUMMARY_LINE = "%-20s%s%n";

    private AppPrinter() {
    }

    /** {@code argocd app list -o wide}. */
    static String applicationTable(List<ApplicationView> apps) {
        TabTable table = new TabTable().row("NAME", "CLUSTER", "NAMESPACE", "PROJECT", "STATUS", "HEALTH", "SYNCPOLICY",
                "CONDITIONS", "REPO", "PATH", "TARGET");
        for (ApplicationView app : apps) {
            MapNode source = app.source();
            table.row(app.qualifiedName(), app.cluster(), app.destinationNamespace(), app.project(), app.syncStatus(),
                    app.health(), syncPolicy(app), conditionsSummary(app), text(source, "repoURL"), text(source, "path"),
                    text(source, "targetRevision"));
        }
        return table.render();
    }

    static String syncPolicy(ApplicationView app) {
        return !app.automated() ? "Manual" : app.autoPrune() ? "Auto-Prune" : "Auto";
    }

    /** {@code SyncError,ComparisonError(2)}: condition types sorted, with a count when repeated; {@code <none>}. */
    static String conditionsSummary(ApplicationView app) {
        Map<String, Integer> counts = new TreeMap<>();
        app.conditions().forEach(c -> counts.merge(text(c, "type"), 1, Integer::sum));
        List<String> items = counts.entrySet().stream()
                .map(e -> e.getValue() > 1 ? e.getKey() + "(" + e.getValue() + ")" : e.getKey()).sorted().toList();
        return items.isEmpty() ? "<none>" : String.join(",", items);
    }

    /** The summary lines of {@code argocd app get}: name, project, destination, sources, policy, sync and health. */
    static String summary(ApplicationView app, String url) {
        StringBuilder out = new StringBuilder();
        line(out, "Name:", app.qualifiedName());
        line(out, "Project:", app.project());
        line(out, "Server:", app.cluster());
        line(out, "Namespace:", app.destinationNamespace());
        line(out, "URL:", url);
        out.append(app.hasMultipleSources() ? "Sources:" : "Source:").append('\n');
        app.sources().forEach(source -> sourceLines(out, source));
        line(out, "SyncWindow:", "Sync Allowed");
        line(out, "Sync Policy:", app.automated() ? "Automated" + (app.autoPrune() ? " (Prune)" : "") : "Manual");
        line(out, "Sync Status:", syncStatusText(app));
        line(out, "Health Status:", app.health());
        return out.toString();
    }

    private static void sourceLines(StringBuilder out, MapNode source) {
        line(out, "- Repo:", text(source, "repoURL"));
        line(out, "  Target:", text(source, "targetRevision"));
        if (!text(source, "path").isEmpty()) {
            line(out, "  Path:", text(source, "path"));
        }
        if (!text(source, "ref").isEmpty()) {
            line(out, "  Ref:", text(source, "ref"));
        }
        List<String> valueFiles = strings(list(source, "helm", "valueFiles"));
        if (!valueFiles.isEmpty()) {
            line(out, "  Helm Values:", String.join(",", valueFiles));
        }
        if (!text(source, "kustomize", "namePrefix").isEmpty()) {
            line(out, "  Name Prefix:", text(source, "kustomize", "namePrefix"));
        }
    }

    /** {@code Synced to HEAD (53e28ff)}, {@code OutOfSync from v1.2}: the short revision only for a branch or tag. */
    private static String syncStatusText(ApplicationView app) {
        String target = text(app.source(), "targetRevision");
        String status = app.syncStatus();
        String text = switch (status) {
            case "Synced" -> status + " to " + target;
            case "OutOfSync" -> status + " from " + target;
            default -> status;
        };
        String revision = app.syncRevision();
        if (!GoText.isCommitSha(target) && revision.length() > 7) {
            text += " (" + revision.substring(0, 7) + ")";
        }
        return text;
    }

    /** The CONDITION / MESSAGE / LAST TRANSITION table, or nothing without conditions. */
    static String conditions(ApplicationView app) {
        if (app.conditions().isEmpty()) {
            return "";
        }
        TabTable table = new TabTable().row("CONDITION", "MESSAGE", "LAST TRANSITION");
        for (MapNode c : app.conditions()) {
            table.row(text(c, "type"), text(c, "message"), GoText.optionalTime(text(c, "lastTransitionTime")));
        }
        return table.render();
    }

    /** {@code argocd app get}'s resource table, or nothing without resources. */
    static String resources(ApplicationView app) {
        if (app.resources().isEmpty()) {
            return "";
        }
        TabTable table = new TabTable().row("GROUP", "KIND", "NAMESPACE", "NAME", "STATUS", "HEALTH", "HOOK", "MESSAGE");
        ResourceStates.of(app).forEach(r -> table.row(r.group(), r.kind(), r.namespace(), r.name(), r.status(), r.health(),
                r.hook(), r.message()));
        return table.render();
    }

    /** The operation result: Operation, Sync Revision, Phase, Start, Finished, Duration, Message. */
    static String operationResult(MapNode state) {
        StringBuilder out = new StringBuilder();
        MapNode syncResult = map(state, "syncResult");
        if (!syncResult.isEmpty()) {
            line(out, "Operation:", "Sync");
            List<String> revisions = strings(list(syncResult, "revisions"));
            boolean multi = !list(syncResult, "sources").isEmpty() && !revisions.isEmpty();
            line(out, "Sync Revision:", multi ? String.join(", ", revisions) : text(syncResult, "revision"));
        }
        String started = text(state, "startedAt");
        String finished = text(state, "finishedAt");
        line(out, "Phase:", text(state, "phase"));
        line(out, "Start:", GoText.time(started));
        line(out, "Finished:", GoText.optionalTime(finished));
        line(out, "Duration:", GoText.duration(duration(started, finished)));
        if (!text(state, "message").isEmpty()) {
            line(out, "Message:", text(state, "message"));
        }
        return out.toString();
    }

    private static Duration duration(String started, String finished) {
        OffsetDateTime start = GoText.parse(started).orElse(null);
        if (start == null) {
            return Duration.ZERO;
        }
        OffsetDateTime end = GoText.parse(finished).orElse(OffsetDateTime.now());
        return Duration.ofSeconds(end.toEpochSecond() - start.toEpochSecond());
    }

    /** {@code argocd app history}: per source repository, {@code ID DATE REVISION}. */
    static String history(ApplicationView app) {
        Map<String, List<String[]>> bySource = new LinkedHashMap<>();
        for (MapNode entry : app.history()) {
            String id = text(entry, "id");
            String date = GoText.time(text(entry, "deployedAt"));
            List<MapNode> sources = maps(list(entry, "sources"));
            if (sources.isEmpty()) {
                String revision = revisionText(text(entry, "source", "targetRevision"), text(entry, "revision"));
                bySource.computeIfAbsent(text(entry, "source", "repoURL"), k -> new ArrayList<>())
                        .add(new String[] {id, date, revision});
                continue;
            }
            List<String> revisions = strings(list(entry, "revisions"));
            for (int i = 0; i < sources.size(); i++) {
                String sha = revisions.size() == sources.size() ? revisions.get(i) : "";
                bySource.computeIfAbsent(text(sources.get(i), "repoURL"), k -> new ArrayList<>())
                        .add(new String[] {id, date, revisionText(text(sources.get(i), "targetRevision"), sha)});
            }
        }
        TabTable table = new TabTable();
        int n = 0;
        for (Map.Entry<String, List<String[]>> source : bySource.entrySet()) {
            table.row("SOURCE", source.getKey()).row("ID", "DATE", "REVISION");
            source.getValue().forEach(table::row);
            if (++n < bySource.size()) {
                table.row("");
            }
        }
        return table.render();
    }

    private static String revisionText(String target, String sha) {
        return sha.length() >= 7 ? target + " (" + sha.substring(0, 7) + ")" : target;
    }

    private static void line(StringBuilder out, String label, String value) {
        out.append(String.format(SUMMARY_LINE, label, value));
    }
}
