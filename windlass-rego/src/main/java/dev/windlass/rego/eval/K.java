package dev.windlass.rego.eval;

import dev.windlass.rego.value.Value;

/** Continuations: what to do after a literal succeeds ({@link K}) or a term yields a value ({@link V}). */
@FunctionalInterface
interface K {
    void run();

    /** Receives one value of a term. */
    @FunctionalInterface
    interface V {
        void accept(Value value);
    }
}
