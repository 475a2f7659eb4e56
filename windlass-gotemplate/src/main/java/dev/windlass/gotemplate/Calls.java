package dev.windlass.gotemplate;

import java.util.List;

/**
 * Calls functions and methods: argument count checks, evaluation and conversion of each argument to
 * its parameter type (Go's {@code evalCall}, {@code evalArg}, {@code validateType}), and turning the
 * function's error into {@code error calling NAME: …}.
 */
final class Calls {

    private final ExecState s;
    private final Eval eval;

    Calls(ExecState state, Eval eval) {
        this.s = state;
        this.eval = eval;
    }

    Object call(Object dot, Fn fn, Node node, String name, List<Node> allArgs, Object fin) {
        List<Node> args = allArgs == null ? List.of() : allArgs.subList(1, allArgs.size());
        boolean hasFinal = fin != Sentinel.MISSING;
        int numIn = args.size() + (hasFinal ? 1 : 0);
        int numFixed = args.size();
        if (fn.isVariadic()) {
            numFixed = fn.params().size();
            if (numIn < numFixed) {
                throw s.errorf("wrong number of args for " + name + ": want at least " + numFixed + " got "
                        + args.size());
            }
        } else if (numIn != fn.numIn()) {
            throw s.errorf("wrong number of args for " + name + ": want " + fn.numIn() + " got " + numIn);
        }
        if (fn.builtin() && (name.equals("and") || name.equals("or"))) {
            return andOr(dot, name.equals("or"), args, fin);
        }
        Object[] argv = arguments(dot, fn, args, numFixed, fin);
        if (fn.builtin() && name.equals("call")) {
            String callee = args.isEmpty() ? "<func Value>" : args.get(0).toString();
            Object[] withName = new Object[argv.length + 1];
            withName[0] = callee;
            System.arraycopy(argv, 0, withName, 1, argv.length);
            argv = withName;
        }
        return invoke(fn, node, name, argv);
    }

    /** Evaluates the fixed, then variadic, then piped arguments. */
    private Object[] arguments(Object dot, Fn fn, List<Node> args, int numFixed, Object fin) {
        int numIn = args.size() + (fin != Sentinel.MISSING ? 1 : 0);
        Object[] argv = new Object[numIn];
        int i = 0;
        for (; i < numFixed && i < args.size(); i++) {
            argv[i] = arg(dot, fn.params().get(i), fn.raw(), args.get(i));
        }
        for (; i < args.size(); i++) {
            argv[i] = arg(dot, fn.variadic(), fn.raw(), args.get(i));
        }
        if (fin != Sentinel.MISSING) {
            GoType t = fn.isVariadic() && numIn - 1 >= numFixed ? fn.variadic() : fn.params().get(numIn - 1);
            argv[i] = validate(fin, t, fn.raw());
        }
        return argv;
    }

    private Object invoke(Fn fn, Node node, String name, Object[] argv) {
        try {
            return fn.body().call(argv);
        } catch (GoFunctionException e) {
            s.at(node);
            throw s.errorf("error calling " + name + ": " + e.getMessage());
        } catch (ExecFailure | LoopSignal e) {
            throw e;
        } catch (RuntimeException e) {
            s.at(node);
            String message = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
            throw s.errorf("error calling " + name + ": " + message);
        }
    }

    /** The built-in {@code and}/{@code or}: arguments evaluated only until one decides. */
    private Object andOr(Object dot, boolean or, List<Node> args, Object fin) {
        Object v = Sentinel.NO_VALUE;
        for (Node arg : args) {
            v = arg(dot, GoType.ANY, true, arg);
            if (Values.isTrue(v) == or) {
                return v;
            }
        }
        if (fin != Sentinel.MISSING) {
            v = validate(fin, GoType.ANY, true);
        }
        return v;
    }

    /** Evaluates argument {@code n} for a parameter of type {@code type} ({@code null}: untyped). */
    Object arg(Object dot, GoType type, boolean raw, Node n) {
        s.at(n);
        if (n instanceof Node.Dot) {
            return validate(dot, type, raw);
        }
        if (n instanceof Node.Nil) {
            if (raw) {
                return Sentinel.NO_VALUE;
            }
            if (type == null || canBeNil(type)) {
                return null;
            }
            throw s.errorf("cannot assign nil to " + type.goName());
        }
        if (n instanceof Node.Field field) {
            return validate(eval.fieldNode(dot, field, List.of(n), Sentinel.MISSING), type, raw);
        }
        if (n instanceof Node.Variable variable) {
            return validate(eval.variableNode(dot, variable, null, Sentinel.MISSING), type, raw);
        }
        if (n instanceof Node.Pipe pipe) {
            return validate(eval.pipeline(dot, pipe), type, raw);
        }
        if (n instanceof Node.Identifier id) {
            return validate(eval.function(dot, id, id, null, Sentinel.MISSING), type, raw);
        }
        if (n instanceof Node.Chain chain) {
            return validate(eval.chainNode(dot, chain, null, Sentinel.MISSING), type, raw);
        }
        if (raw || type == GoType.ANY || type == null) {
            return constant(n);
        }
        return typedConstant(type, n);
    }

    /** A constant given to a parameter of a concrete type (Go's {@code evalBool}, {@code evalString} …). */
    private Object typedConstant(GoType type, Node n) {
        return switch (type) {
            case BOOL -> {
                if (n instanceof Node.Bool b) {
                    yield b.value();
                }
                throw s.errorf("expected bool; found " + n);
            }
            case STRING -> {
                if (n instanceof Node.StringNode str) {
                    yield str.text();
                }
                throw s.errorf("expected string; found " + n);
            }
            case INT, INT64 -> integer(type, n);
            case FLOAT64 -> {
                if (n instanceof Node.NumberNode num && num.value().isFloat()) {
                    yield num.value().float64();
                }
                throw s.errorf("expected float; found " + n);
            }
            default -> throw s.errorf("can't handle " + n + " for arg of type " + type.goName());
        };
    }

    private Object integer(GoType type, Node n) {
        if (n instanceof Node.NumberNode num && num.value().isInt()) {
            long v = num.value().int64();
            if (type == GoType.INT64) {
                return v;
            }
            if (v != (int) v) {
                throw s.errorf(num.text() + " overflows int");
            }
            return (int) v;
        }
        throw s.errorf("expected integer; found " + n);
    }

    /** A constant given to an {@code interface{}} parameter (Go's {@code evalEmptyInterface}). */
    private Object constant(Node n) {
        s.at(n);
        if (n instanceof Node.Bool b) {
            return b.value();
        }
        if (n instanceof Node.NumberNode number) {
            return eval.idealConstant(number);
        }
        if (n instanceof Node.StringNode str) {
            return str.text();
        }
        throw s.errorf("can't handle assignment of " + n + " to empty interface argument");
    }

    /** Go's {@code validateType}: checks {@code value} fits {@code type}. */
    Object validate(Object value, GoType type, boolean raw) {
        if (value == Sentinel.NO_VALUE) {
            if (raw || type == null) {
                return Sentinel.NO_VALUE;
            }
            if (canBeNil(type)) {
                return null;
            }
            throw s.errorf("invalid value; expected " + type.goName());
        }
        if (raw || type == null || type == GoType.ANY) {
            return value;
        }
        if (value == null) {
            throw s.errorf("wrong type for value; expected " + type.goName() + "; got interface {}");
        }
        if (!assignable(value, type)) {
            throw s.errorf("wrong type for value; expected " + type.goName() + "; got " + Values.typeName(value));
        }
        return value;
    }

    static boolean canBeNil(GoType type) {
        return switch (type) {
            case ANY, LIST, STRING_LIST, MAP, BYTES -> true;
            default -> false;
        };
    }

    static boolean assignable(Object value, GoType type) {
        return switch (type) {
            case ANY -> true;
            case STRING -> value instanceof String;
            case INT -> value instanceof Integer;
            case INT64 -> value instanceof Long;
            case FLOAT64 -> value instanceof Double;
            case BOOL -> value instanceof Boolean;
            case LIST -> value instanceof List;
            case STRING_LIST -> value instanceof List<?> list && list.stream().allMatch(e -> e instanceof String);
            case MAP -> value instanceof java.util.Map;
            case BYTES -> value instanceof byte[];
        };
    }
}
