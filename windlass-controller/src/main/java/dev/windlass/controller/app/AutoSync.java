package dev.windlass.controller.app;

import dev.windlass.model.tree.BoolNode;
import dev.windlass.model.tree.MapNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Argo CD's automated-sync decision: sync when the application is OutOfSync and automation is on,
 * but not again to a revision whose automated sync already ran — unless {@code selfHeal} is on (then
 * after the self-heal delay) — never after a failed attempt at the same revision, and never to an
 * empty set of objects that would prune everything unless {@code allowEmpty}.
 */
final class AutoSync {

    /** What to do. */
    record Decision(boolean sync, String skipReason, Optional<Duration> retryAfter) {

        static Decision start() {
            return new Decision(true, "", Optional.empty());
        }

        static Decision skip(String reason) {
            return new Decision(false, reason, Optional.empty());
        }

        static Decision later(Duration delay) {
            return new Decision(false, "", Optional.of(delay));
        }
    }

    private AutoSync() {
    }

    static Decision decide(SyncPolicy.Automated automated, Comparison comparison, MapNode status, Instant now,
            Duration selfHealDelay) {
        if (comparison.failed() || !"OutOfSync".equals(comparison.syncStatus())) {
            return Decision.skip("");
        }
        String revision = comparison.source().orElseThrow().revision();
        if (comparison.targets().isEmpty() && automated.prune() && !automated.allowEmpty()) {
            return Decision.skip("Skipping sync attempt to " + revision
                    + ": auto-sync will wipe out all resources; set syncPolicy.automated.allowEmpty to allow it");
        }
        Optional<MapNode> last = status.getMap("operationState");
        boolean lastWasAutomated = last.flatMap(state -> state.getMap("operation"))
                .flatMap(op -> op.getMap("initiatedBy"))
                .map(by -> BoolNode.TRUE.equals(by.get("automated").orElse(BoolNode.FALSE))).orElse(false);
        String lastRevision = last.flatMap(state -> state.getMap("syncResult")).flatMap(r -> r.getText("revision")).orElse("");
        if (last.isEmpty() || !lastWasAutomated || !lastRevision.equals(revision)) {
            return Decision.start();
        }
        String phase = last.get().getText("phase").orElse("");
        if (!phase.equals("Succeeded")) {
            return Decision.skip("Failed sync attempt to " + revision + ": "
                    + last.get().getText("message").orElse(phase) + " (push a new commit or sync manually)");
        }
        if (!automated.selfHeal()) {
            return Decision.skip("");
        }
        Instant finished = last.get().getText("finishedAt").map(Instant::parse).orElse(Instant.EPOCH);
        Duration wait = Duration.between(now, finished.plus(selfHealDelay));
        return wait.isNegative() || wait.isZero() ? Decision.start() : Decision.later(wait);
    }
}
