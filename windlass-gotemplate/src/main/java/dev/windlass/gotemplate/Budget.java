package dev.windlass.gotemplate;

/**
 * The limits one top-level execution and every execution nested in it on the same thread share:
 * template call depth, wall-clock time and output size (see {@link TemplateOptions}).
 */
final class Budget {

    private static final ThreadLocal<Budget> CURRENT = new ThreadLocal<>();

    final int maxDepth;
    private final long deadline;
    private final long maxOutput;
    private final String durationText;
    int depth;
    private long written;

    private Budget(TemplateOptions options) {
        this.maxDepth = options.maxDepth();
        this.deadline = System.nanoTime() + options.maxDuration().toNanos();
        this.maxOutput = options.maxOutput();
        this.durationText = options.maxDuration().toString().substring(2).toLowerCase(java.util.Locale.ROOT);
    }

    /** The budget of the execution running on this thread, or {@code null}. */
    static Budget current() {
        return CURRENT.get();
    }

    /** Starts a top-level budget on this thread. */
    static Budget start(TemplateOptions options) {
        Budget budget = new Budget(options);
        CURRENT.set(budget);
        return budget;
    }

    static void end() {
        CURRENT.remove();
    }

    /** The reason to stop for time, or {@code null}. */
    String checkTime() {
        if (System.nanoTime() - deadline > 0) {
            return "template execution exceeded the time limit of " + durationText;
        }
        return null;
    }

    /** Counts {@code chars} more output; the reason to stop, or {@code null}. */
    String write(int chars) {
        written += chars;
        if (written > maxOutput) {
            return "template output exceeded the limit of " + maxOutput + " characters";
        }
        return null;
    }

    String depthExceeded() {
        return "exceeded maximum template depth (" + maxDepth + ")";
    }
}
