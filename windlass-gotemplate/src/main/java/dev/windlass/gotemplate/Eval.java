package dev.windlass.gotemplate;

import java.util.List;
import java.util.Map;

/**
 * Evaluates pipelines, commands, fields, variables and function calls (Go's {@code evalPipeline},
 * {@code evalCommand}, {@code evalField} …). A {@code null} result is Go's nil interface value;
 * {@link Sentinel#NO_VALUE} is Go's invalid value.
 */
final class Eval {

    private final ExecState s;
    private final Calls calls;

    Eval(ExecState state) {
        this.s = state;
        this.calls = new Calls(state, this);
    }

    Object pipeline(Object dot, Node.Pipe pipe) {
        if (pipe == null) {
            return Sentinel.NO_VALUE;
        }
        s.at(pipe);
        Object value = Sentinel.MISSING;
        for (Node.Command cmd : pipe.cmds()) {
            value = command(dot, cmd, value);
            if (value == null) {
                value = Sentinel.NO_VALUE;
            }
        }
        for (Node.Variable variable : pipe.decl()) {
            if (pipe.isAssign()) {
                s.setVar(variable.ident().get(0), value);
            } else {
                s.push(variable.ident().get(0), value);
            }
        }
        return value;
    }

    private Object command(Object dot, Node.Command cmd, Object fin) {
        Node first = cmd.args().get(0);
        if (first instanceof Node.Field field) {
            return fieldNode(dot, field, cmd.args(), fin);
        }
        if (first instanceof Node.Chain chain) {
            return chainNode(dot, chain, cmd.args(), fin);
        }
        if (first instanceof Node.Identifier id) {
            return function(dot, id, cmd, cmd.args(), fin);
        }
        if (first instanceof Node.Pipe pipe) {
            notAFunction(cmd.args(), fin);
            return pipeline(dot, pipe);
        }
        if (first instanceof Node.Variable variable) {
            return variableNode(dot, variable, cmd.args(), fin);
        }
        s.at(first);
        notAFunction(cmd.args(), fin);
        if (first instanceof Node.Bool b) {
            return b.value();
        }
        if (first instanceof Node.Dot) {
            return dot;
        }
        if (first instanceof Node.Nil) {
            throw s.errorf("nil is not a command");
        }
        if (first instanceof Node.NumberNode number) {
            return idealConstant(number);
        }
        if (first instanceof Node.StringNode string) {
            return string.text();
        }
        throw s.errorf("can't evaluate command " + GoQuote.quote(first.toString()));
    }

    private void notAFunction(List<Node> args, Object fin) {
        if (args != null && args.size() > 1 || fin != Sentinel.MISSING) {
            throw s.errorf("can't give argument to non-function " + args.get(0));
        }
    }

    /** A number constant with no type context: float64 when written as a float, else int. */
    Object idealConstant(Node.NumberNode constant) {
        s.at(constant);
        NumberLiteral n = constant.value();
        String text = constant.text();
        boolean hexInt = text.length() > 2 && text.charAt(0) == '0'
                && (text.charAt(1) == 'x' || text.charAt(1) == 'X') && !text.matches(".*[pP].*");
        boolean runeInt = text.startsWith("'");
        if (n.isFloat() && !hexInt && !runeInt && text.matches(".*[.eEpP].*")) {
            return n.float64();
        }
        if (n.isInt()) {
            long v = n.int64();
            return v == (int) v ? (Object) (int) v : (Object) v;
        }
        if (n.isUint()) {
            throw s.errorf(text + " overflows int");
        }
        return Sentinel.NO_VALUE;
    }

    Object fieldNode(Object dot, Node.Field field, List<Node> args, Object fin) {
        s.at(field);
        return fieldChain(dot, dot, field, field.ident(), args, fin);
    }

    Object chainNode(Object dot, Node.Chain chain, List<Node> args, Object fin) {
        s.at(chain);
        if (chain.node() instanceof Node.Nil) {
            throw s.errorf("indirection through explicit nil in " + chain);
        }
        Object receiver = calls.arg(dot, null, false, chain.node());
        return fieldChain(dot, receiver, chain, chain.fields(), args, fin);
    }

    Object variableNode(Object dot, Node.Variable variable, List<Node> args, Object fin) {
        s.at(variable);
        Object value = s.varValue(variable.ident().get(0));
        if (variable.ident().size() == 1) {
            notAFunction(args, fin);
            return value;
        }
        List<String> fields = variable.ident().subList(1, variable.ident().size());
        return fieldChain(dot, value, variable, fields, args, fin);
    }

    private Object fieldChain(Object dot, Object receiver, Node node, List<String> ident, List<Node> args,
            Object fin) {
        int n = ident.size();
        Object current = receiver;
        for (int i = 0; i < n - 1; i++) {
            current = field(dot, ident.get(i), node, null, Sentinel.MISSING, current);
        }
        return field(dot, ident.get(n - 1), node, args, fin, current);
    }

    Object function(Object dot, Node.Identifier id, Node cmd, List<Node> args, Object fin) {
        s.at(id);
        Fn fn = s.function(id.ident());
        if (fn == null) {
            throw s.errorf(GoQuote.quote(id.ident()) + " is not a defined function");
        }
        return calls.call(dot, fn, cmd, id.ident(), args, fin);
    }

    private Object field(Object dot, String name, Node node, List<Node> args, Object fin, Object receiver) {
        if (receiver == Sentinel.NO_VALUE) {
            if (s.options.missingKey() == MissingKey.ERROR) {
                throw s.errorf("nil data; no entry for key " + GoQuote.quote(name));
            }
            return Sentinel.NO_VALUE;
        }
        if (receiver == null) {
            throw s.errorf("nil pointer evaluating interface {}." + name);
        }
        boolean hasArgs = args != null && args.size() > 1 || fin != Sentinel.MISSING;
        if (receiver instanceof GoObject object) {
            GoMember member = object.member(name);
            if (member instanceof GoMember.Method method) {
                return calls.call(dot, Fn.of(method.func()), node, name, args, fin);
            }
            if (member instanceof GoMember.Field field) {
                if (hasArgs) {
                    throw s.errorf(name + " has arguments but cannot be invoked as function");
                }
                return field.value();
            }
            throw s.errorf("can't evaluate field " + name + " in type " + object.goTypeName());
        }
        if (receiver instanceof Map<?, ?> map) {
            if (hasArgs) {
                throw s.errorf(name + " is not a method but has arguments");
            }
            if (map.containsKey(name)) {
                return map.get(name);
            }
            return switch (s.options.missingKey()) {
                case DEFAULT -> Sentinel.NO_VALUE;
                case ZERO -> null;
                case ERROR -> throw s.errorf("map has no entry for key " + GoQuote.quote(name));
            };
        }
        throw s.errorf("can't evaluate field " + name + " in type " + Values.typeName(receiver));
    }
}
