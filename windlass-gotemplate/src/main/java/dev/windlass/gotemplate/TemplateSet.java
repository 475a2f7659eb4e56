package dev.windlass.gotemplate;

import java.util.Map;
import java.util.Set;

/**
 * A set of named templates sharing one function map, like Go's {@code *template.Template} with
 * its associated templates. Set it up first ({@link #addFuncs}, {@link #parse}) on one thread; then
 * {@link #execute} may run on many threads at once.
 *
 * <p>Functions may call {@link #execute} again while an execution runs (Helm's {@code include}):
 * nested executions on the same thread share the outer execution's depth, time and output budgets
 * from {@link TemplateOptions}.
 */
public final class TemplateSet {

    private final TemplateOptions options;

    public TemplateSet(TemplateOptions options) {
        this.options = options;
    }

    public TemplateOptions options() {
        return options;
    }

    /** Adds (or replaces) functions; they take precedence over the built-ins of the same name. */
    public TemplateSet addFuncs(Map<String, GoFunc> funcs) {
        throw new UnsupportedOperationException("not written yet");
    }

    /**
     * Parses {@code text} as template {@code name}, adding every {@code define}d template in it.
     * As in Go, a template with an empty body does not replace an existing one of the same name.
     */
    public TemplateSet parse(String name, String text) throws TemplateException {
        throw new UnsupportedOperationException("not written yet");
    }

    /** Executes template {@code name} with {@code data} as dot, appending to {@code out}. */
    public void execute(String name, Object data, StringBuilder out) throws TemplateException {
        throw new UnsupportedOperationException("not written yet");
    }

    /** Executes template {@code name} with {@code data} as dot and returns what it wrote. */
    public String execute(String name, Object data) throws TemplateException {
        StringBuilder out = new StringBuilder();
        execute(name, data, out);
        return out.toString();
    }

    /** Whether a template of this name is defined (with a non-empty body or not). */
    public boolean has(String name) {
        throw new UnsupportedOperationException("not written yet");
    }

    /** The names of all defined templates. */
    public Set<String> names() {
        throw new UnsupportedOperationException("not written yet");
    }

    /**
     * An independent copy sharing the parsed templates and functions (Go's {@code Clone}); templates
     * parsed into the copy do not appear in this set.
     */
    public TemplateSet copy() {
        throw new UnsupportedOperationException("not written yet");
    }
}
