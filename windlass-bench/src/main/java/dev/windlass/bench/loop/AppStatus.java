package dev.windlass.bench.loop;

import dev.windlass.model.tree.MapNode;
import java.time.Instant;
import java.util.Optional;

/**
 * What the benchmark reads from one Application: its sync and health status, the synced revision,
 * whether an operation is requested or running, when it was last reconciled, and whether a refresh
 * request (the {@code argocd.argoproj.io/refresh} annotation) is still pending.
 */
record AppStatus(String name, String sync, String revision, String health, boolean operating,
                 Optional<Instant> reconciledAt, boolean refreshPending) {

    static final String REFRESH_ANNOTATION = "argocd.argoproj.io/refresh";

    static AppStatus of(MapNode app) {
        MapNode metadata = app.getMap("metadata").orElse(MapNode.empty());
        MapNode status = app.getMap("status").orElse(MapNode.empty());
        MapNode sync = status.getMap("sync").orElse(MapNode.empty());
        String phase = status.getMap("operationState").flatMap(s -> s.getText("phase")).orElse("");
        boolean operating = app.get("operation").isPresent() || "Running".equals(phase) || "Terminating".equals(phase);
        boolean refresh = metadata.getMap("annotations").flatMap(a -> a.get(REFRESH_ANNOTATION)).isPresent();
        return new AppStatus(metadata.getText("name").orElse(""), sync.getText("status").orElse(""),
                sync.getText("revision").orElse(""),
                status.getMap("health").flatMap(h -> h.getText("status")).orElse(""), operating,
                status.getText("reconciledAt").map(Instant::parse), refresh);
    }

    boolean syncedAndHealthy() {
        return "Synced".equals(sync) && "Healthy".equals(health);
    }

    /** Synced to {@code sha} with no operation requested or running. */
    boolean settledAt(String sha) {
        return sha.equals(revision) && "Synced".equals(sync) && !operating;
    }

    /** Reconciled after {@code before} and the refresh request removed. */
    boolean refreshedSince(Optional<Instant> before) {
        return !refreshPending && reconciledAt.isPresent()
                && (before.isEmpty() || reconciledAt.get().isAfter(before.get()));
    }
}
