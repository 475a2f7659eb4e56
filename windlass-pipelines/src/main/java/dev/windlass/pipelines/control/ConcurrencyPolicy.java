package dev.windlass.pipelines.control;

import dev.windlass.model.Issue;
import dev.windlass.model.KubeObject;
import dev.windlass.model.Result;
import dev.windlass.model.tree.FieldPath;
import java.util.List;

/**
 * How many runs of a kind may run at once: runs with the same {@code key} share {@code limit} slots
 * of a {@link ConcurrencyGate}. The key is the run's {@code windlass.dev/concurrency-key} annotation,
 * else its pipeline (or task) name; the limit is its {@code windlass.dev/max-concurrent} annotation,
 * else the caller's default.
 */
public record ConcurrencyPolicy(String key, int limit) {

    public static final String KEY_ANNOTATION = "windlass.dev/concurrency-key";
    public static final String LIMIT_ANNOTATION = "windlass.dev/max-concurrent";

    public ConcurrencyPolicy {
        if (limit < 1) {
            throw new IllegalArgumentException("a concurrency limit is at least 1, was " + limit);
        }
    }

    /** The policy of {@code run}; a malformed limit annotation falls back to {@code defaultLimit}. */
    public static ConcurrencyPolicy of(KubeObject run, int defaultLimit) {
        return read(run, defaultLimit).value();
    }

    /** The policy of {@code run}, with an error for a limit annotation that is not a whole number from 1. */
    public static Result<ConcurrencyPolicy> read(KubeObject run, int defaultLimit) {
        String key = run.annotation(KEY_ANNOTATION).filter(s -> !s.isBlank())
                .orElseGet(() -> Retention.group(run).substring(run.kind().length() + 1));
        String text = run.annotation(LIMIT_ANNOTATION).orElse("").strip();
        if (text.isEmpty()) {
            return Result.of(new ConcurrencyPolicy(key, defaultLimit));
        }
        try {
            int limit = Integer.parseInt(text);
            if (limit >= 1) {
                return Result.of(new ConcurrencyPolicy(key, limit));
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        Issue issue = Issue.error("InvalidConcurrencyLimit",
                run.locate(FieldPath.of("metadata", "annotations").key(LIMIT_ANNOTATION)),
                "annotation " + LIMIT_ANNOTATION + " is \"" + text + "\": write a whole number from 1 (the default "
                        + defaultLimit + " is used)");
        return Result.of(new ConcurrencyPolicy(key, defaultLimit), List.of(issue));
    }
}
