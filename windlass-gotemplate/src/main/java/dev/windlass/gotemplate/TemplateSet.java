package dev.windlass.gotemplate;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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

    private final String name;
    private final TemplateOptions options;
    private final Map<String, Fn> funcs;
    private final Map<String, Tree> templates;

    public TemplateSet(TemplateOptions options) {
        this("", options);
    }

    /**
     * A set whose root template (Go's {@code template.New(name)}) is called {@code name}; the name only
     * appears in the error for executing a template the set does not have (Helm uses {@code gotpl}).
     */
    public TemplateSet(String name, TemplateOptions options) {
        this(name, options, new LinkedHashMap<>(), new HashMap<>());
    }

    private TemplateSet(String name, TemplateOptions options, Map<String, Fn> funcs, Map<String, Tree> templates) {
        this.name = name;
        this.options = options;
        this.funcs = funcs;
        this.templates = templates;
    }

    public TemplateOptions options() {
        return options;
    }

    /** The root template's name given at construction. */
    public String name() {
        return name;
    }

    /** Adds (or replaces) functions; they take precedence over the built-ins of the same name. */
    public TemplateSet addFuncs(Map<String, GoFunc> newFuncs) {
        newFuncs.forEach((funcName, func) -> funcs.put(funcName, Fn.of(func)));
        return this;
    }

    /**
     * Parses {@code text} as template {@code name}, adding every {@code define}d template in it.
     * As in Go, a template with an empty body does not replace an existing one of the same name.
     */
    public TemplateSet parse(String templateName, String text) throws TemplateException {
        Map<String, Tree> trees = new HashMap<>();
        try {
            Parser.parse(templateName, text, options.leftDelim(), options.rightDelim(), this::hasFunction, trees);
        } catch (ParseFailure failure) {
            throw failure.toException();
        }
        trees.forEach((treeName, tree) -> {
            Tree old = templates.get(treeName);
            if (old == null || !tree.isEmpty()) {
                templates.put(treeName, tree);
            }
        });
        return this;
    }

    private boolean hasFunction(String funcName) {
        return funcs.containsKey(funcName) || Builtins.has(funcName);
    }

    /** Executes template {@code name} with {@code data} as dot, appending to {@code out}. */
    public void execute(String templateName, Object data, StringBuilder out) throws TemplateException {
        Tree tree = templates.get(templateName);
        if (tree == null) {
            throw new TemplateException(TemplateException.Phase.EXEC, templateName,
                    "template: no template " + GoQuote.quote(templateName) + " associated with template "
                            + GoQuote.quote(name));
        }
        Budget outer = Budget.current();
        Budget budget = outer == null ? Budget.start(options) : outer;
        Object dot = data == null ? Sentinel.NO_VALUE : data;
        int depth = outer == null ? 0 : 1;
        try {
            if (budget.depth + depth > budget.maxDepth) {
                throw new TemplateException(TemplateException.Phase.EXEC, tree.name(), 0, 0, null, null,
                        budget.depthExceeded());
            }
            budget.depth += depth;
            try {
                new Walker(new ExecState(templates, funcs, options, tree, out, budget, dot)).walk(dot, tree.root());
            } finally {
                budget.depth -= depth;
            }
        } catch (ExecFailure failure) {
            throw failure.error();
        } catch (StackOverflowError e) {
            throw new TemplateException(TemplateException.Phase.EXEC, tree.name(), 0, 0, null, null,
                    budget.depthExceeded());
        } finally {
            if (outer == null) {
                Budget.end();
            }
        }
    }

    /** Executes template {@code name} with {@code data} as dot and returns what it wrote. */
    public String execute(String templateName, Object data) throws TemplateException {
        StringBuilder out = new StringBuilder();
        execute(templateName, data, out);
        return out.toString();
    }

    /** Whether a template of this name is defined (with a non-empty body or not). */
    public boolean has(String templateName) {
        return templates.containsKey(templateName);
    }

    /** The names of all defined templates. */
    public Set<String> names() {
        return Collections.unmodifiableSet(new LinkedHashSet<>(templates.keySet()));
    }

    /**
     * An independent copy sharing the parsed templates and functions (Go's {@code Clone}); templates
     * parsed into the copy do not appear in this set.
     */
    public TemplateSet copy() {
        return new TemplateSet(name, options, new LinkedHashMap<>(funcs), new HashMap<>(templates));
    }
}
