package dev.windlass.gotemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Walks a template's nodes and writes its output (Go's {@code state.walk} and friends). */
final class Walker {

    private final ExecState s;
    private final Eval eval;

    Walker(ExecState state) {
        this.s = state;
        this.eval = new Eval(state);
    }

    void walk(Object dot, Node node) {
        s.at(node);
        s.checkTime();
        if (node instanceof Node.Action action) {
            Object value = eval.pipeline(dot, action.pipe());
            if (action.pipe().decl().isEmpty()) {
                printValue(action, value);
            }
        } else if (node instanceof Node.Text text) {
            s.write(text.text());
        } else if (node instanceof Node.ListNode list) {
            for (Node n : list.nodes()) {
                walk(dot, n);
            }
        } else if (node instanceof Node.Branch branch) {
            if (branch.kind() == Node.Branch.Kind.RANGE) {
                walkRange(dot, branch);
            } else {
                walkIfOrWith(dot, branch);
            }
        } else if (node instanceof Node.TemplateCall call) {
            walkTemplate(dot, call);
        } else if (node instanceof Node.Break) {
            throw LoopSignal.BREAK;
        } else if (node instanceof Node.Continue) {
            throw LoopSignal.CONTINUE;
        } else {
            throw s.errorf("unknown node: " + node);
        }
    }

    private void printValue(Node node, Object value) {
        s.at(node);
        if (value instanceof GoFunc) {
            throw s.errorf("can't print " + node + " of type " + Values.typeName(value));
        }
        s.write(ValuePrinter.print(value));
    }

    private void walkIfOrWith(Object dot, Node.Branch branch) {
        int mark = s.mark();
        try {
            Object value = eval.pipeline(dot, branch.pipe());
            if (Values.isTrue(value)) {
                walk(branch.kind() == Node.Branch.Kind.WITH ? value : dot, branch.list());
            } else if (branch.elseList() != null) {
                walk(dot, branch.elseList());
            }
        } finally {
            s.pop(mark);
        }
    }

    private void walkRange(Object dot, Node.Branch r) {
        s.at(r);
        int mark = s.mark();
        try {
            Object value = eval.pipeline(dot, r.pipe());
            if (!iterate(r, value) && r.elseList() != null) {
                walk(dot, r.elseList());
            }
        } catch (LoopSignal signal) {
            if (signal != LoopSignal.BREAK) {
                throw signal;
            }
        } finally {
            s.pop(mark);
        }
    }

    /** Runs the body once per element; whether there was any. */
    private boolean iterate(Node.Branch r, Object value) {
        int mark = s.mark();
        if (value instanceof Integer || value instanceof Long) {
            if (r.pipe().decl().size() > 1) {
                throw s.errorf("can't use " + ValuePrinter.print(value) + " to iterate over more than one variable");
            }
            long n = ((Number) value).longValue();
            for (long i = 0; i < n; i++) {
                Object elem = value instanceof Integer ? (Object) (int) i : (Object) i;
                oneIteration(r, mark, Sentinel.NO_VALUE, elem);
            }
            return n > 0;
        }
        if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                oneIteration(r, mark, i, list.get(i));
            }
            return !list.isEmpty();
        }
        if (value instanceof Map<?, ?> map) {
            List<Object> keys = new ArrayList<>(map.keySet());
            keys.sort(Values::compareKeys);
            for (Object key : keys) {
                oneIteration(r, mark, key, map.get(key));
            }
            return !map.isEmpty();
        }
        if (value instanceof byte[] bytes) {
            for (int i = 0; i < bytes.length; i++) {
                oneIteration(r, mark, i, bytes[i] & 0xff);
            }
            return bytes.length > 0;
        }
        if (value == Sentinel.NO_VALUE) {
            return false;
        }
        throw s.errorf("range can't iterate over " + ValuePrinter.print(value));
    }

    private void oneIteration(Node.Branch r, int mark, Object index, Object elem) {
        List<Node.Variable> decl = r.pipe().decl();
        if (!decl.isEmpty()) {
            if (r.pipe().isAssign()) {
                s.setVar(decl.get(0).ident().get(0), decl.size() > 1 ? index : elem);
            } else {
                s.setTopVar(1, elem);
            }
        }
        if (decl.size() > 1) {
            if (r.pipe().isAssign()) {
                s.setVar(decl.get(1).ident().get(0), elem);
            } else {
                s.setTopVar(2, index);
            }
        }
        try {
            walk(elem, r.list());
        } catch (LoopSignal signal) {
            if (signal != LoopSignal.CONTINUE) {
                throw signal;
            }
        } finally {
            s.pop(mark);
        }
    }

    private void walkTemplate(Object dot, Node.TemplateCall call) {
        s.at(call);
        Tree callee = s.templates.get(call.name());
        if (callee == null) {
            throw s.errorf("template " + GoQuote.quote(call.name()) + " not defined");
        }
        Budget budget = s.budget;
        if (budget.depth >= budget.maxDepth) {
            throw s.errorf(budget.depthExceeded());
        }
        Object newDot = eval.pipeline(dot, call.pipe());
        budget.depth++;
        try {
            new Walker(s.child(callee, newDot)).walk(newDot, callee.root());
        } catch (StackOverflowError e) {
            s.at(call);
            throw s.errorf(budget.depthExceeded());
        } finally {
            budget.depth--;
        }
    }
}
