package dev.windlass.gotemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The state of one template's execution (Go's {@code state}): the template being run, the variable
 * stack, the node being evaluated (for error positions), the output and the shared budget.
 */
final class ExecState {

    final Map<String, Tree> templates;
    final Map<String, Fn> funcs;
    final TemplateOptions options;
    final Tree tree;
    final StringBuilder out;
    final Budget budget;
    private final List<String> varNames = new ArrayList<>();
    private final List<Object> varValues = new ArrayList<>();
    private Node node;

    ExecState(Map<String, Tree> templates, Map<String, Fn> funcs, TemplateOptions options, Tree tree,
            StringBuilder out, Budget budget, Object dot) {
        this.templates = templates;
        this.funcs = funcs;
        this.options = options;
        this.tree = tree;
        this.out = out;
        this.budget = budget;
        push("$", dot);
    }

    /** The state for running {@code callee} with {@code dot}: no variables but {@code $}. */
    ExecState child(Tree callee, Object dot) {
        return new ExecState(templates, funcs, options, callee, out, budget, dot);
    }

    void at(Node n) {
        node = n;
    }

    Node node() {
        return node;
    }

    /** Stops execution with Go's {@code template: NAME:LINE:COL: executing "NAME" at <NODE>: MESSAGE}. */
    ExecFailure errorf(String message) {
        TemplateException error;
        if (node == null) {
            error = new TemplateException(TemplateException.Phase.EXEC, tree.name(), 0, 0, null, null, message);
        } else {
            int pos = node.pos();
            error = new TemplateException(TemplateException.Phase.EXEC, tree.parseName(), tree.lines().lineAt(pos),
                    tree.lines().byteColumn(pos), tree.name(), node.toString(), message);
        }
        throw new ExecFailure(error);
    }

    void write(String text) {
        out.append(text);
        String stop = budget.write(text.length());
        if (stop != null) {
            throw errorf(stop);
        }
    }

    void checkTime() {
        String stop = budget.checkTime();
        if (stop != null) {
            throw errorf(stop);
        }
    }

    void push(String name, Object value) {
        varNames.add(name);
        varValues.add(value);
    }

    int mark() {
        return varNames.size();
    }

    void pop(int mark) {
        varNames.subList(mark, varNames.size()).clear();
        varValues.subList(mark, varValues.size()).clear();
    }

    void setVar(String name, Object value) {
        for (int i = varNames.size() - 1; i >= 0; i--) {
            if (varNames.get(i).equals(name)) {
                varValues.set(i, value);
                return;
            }
        }
        throw errorf("undefined variable: " + name);
    }

    void setTopVar(int n, Object value) {
        varValues.set(varValues.size() - n, value);
    }

    Object varValue(String name) {
        for (int i = varNames.size() - 1; i >= 0; i--) {
            if (varNames.get(i).equals(name)) {
                return varValues.get(i);
            }
        }
        throw errorf("undefined variable: " + name);
    }

    /** The function called {@code name}: the function map first, then the built-ins. */
    Fn function(String name) {
        Fn fn = funcs.get(name);
        return fn != null ? fn : Builtins.get(name);
    }
}
