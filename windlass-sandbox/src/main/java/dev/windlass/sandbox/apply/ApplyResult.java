package dev.windlass.sandbox.apply;

import dev.windlass.model.tree.MapNode;
import java.util.List;

/** What a server-side apply did: the new object, the conflicts that stopped it, or why the request is invalid. */
public sealed interface ApplyResult permits ApplyResult.Applied, ApplyResult.Conflicted, ApplyResult.Rejected {

    /**
     * The apply succeeded.
     *
     * @param object  the object to store, with updated managedFields (the live object itself when unchanged)
     * @param changed false when neither the object nor the ownership changed (a no-op: do not bump resourceVersion)
     */
    record Applied(MapNode object, boolean changed) implements ApplyResult {
    }

    /** Fields owned by other managers would change; the API server answers 409 Conflict with {@link #message()}. */
    record Conflicted(List<ApplyConflict> conflicts) implements ApplyResult {
        public Conflicted {
            conflicts = List.copyOf(conflicts);
        }

        public String message() {
            return ConflictMessages.message(conflicts);
        }
    }

    /** The request is invalid (400 Bad Request or 422), with the API server's message. */
    record Rejected(String message) implements ApplyResult {
    }

    /** The applied object; throws {@link ApplyConflictException} on conflicts and {@link IllegalArgumentException} when rejected. */
    default MapNode orThrow() {
        if (this instanceof Applied applied) {
            return applied.object();
        }
        if (this instanceof Conflicted conflicted) {
            throw new ApplyConflictException(conflicted.conflicts());
        }
        throw new IllegalArgumentException(((Rejected) this).message());
    }
}
