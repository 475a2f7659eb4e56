package dev.windlass.rego.builtins;

import java.time.Instant;
import java.util.Map;

/** What a built-in may ask of the evaluation that calls it. */
public interface BuiltinContext {
    /** The evaluation's clock reading: {@code time.now_ns} returns the same instant all through one query. */
    Instant now();

    /**
      * Throws when the evaluation's time budget is spent. Built-ins that loop over large inputs
      * call it now and then.
      */
    void checkBudget() throws BuiltinException;

    /** Writes a line of {@code print} output. */
    void print(String line);

    /** A map that lives for one evaluation, for built-ins that memoise per query (uuid, rand). */
    Map<Object, Object> evaluationCache();
}
