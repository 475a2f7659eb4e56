package dev.windlass.sandbox.apply;

import java.util.List;

/** Thrown by {@link ApplyResult#orThrow()} when an apply conflicts; carries the conflicts and the API server's message. */
public final class ApplyConflictException extends RuntimeException {

    private final transient List<ApplyConflict> conflicts;

    public ApplyConflictException(List<ApplyConflict> conflicts) {
        super(ConflictMessages.message(conflicts));
        this.conflicts = List.copyOf(conflicts);
    }

    public List<ApplyConflict> conflicts() {
        return conflicts;
    }
}
