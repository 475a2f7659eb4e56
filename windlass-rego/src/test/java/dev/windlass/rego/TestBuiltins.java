package dev.windlass.rego;

import dev.windlass.rego.builtins.Builtin;
import dev.windlass.rego.builtins.BuiltinException;
import dev.windlass.rego.builtins.BuiltinFunction;
import dev.windlass.rego.builtins.BuiltinTable;
import dev.windlass.rego.value.ArrayValue;
import dev.windlass.rego.value.BoolValue;
import dev.windlass.rego.value.NumberValue;
import dev.windlass.rego.value.ObjectValue;
import dev.windlass.rego.value.SetValue;
import dev.windlass.rego.value.StringValue;
import dev.windlass.rego.value.Value;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.TreeSet;
import java.util.function.BinaryOperator;

/**
  * A few operators for evaluator tests, added only where the standard table lacks them (so the
  * tests do not depend on the built-in helpers' progress; once theirs land, theirs are used).
  */
public final class TestBuiltins {
    private TestBuiltins() {}

    /** The standard table plus test versions of missing operators and {@code count}. */
    public static BuiltinTable table() {
        BuiltinTable t = BuiltinTable.standard();
        t = add(t, "plus", arith("plus", BigDecimal::add));
        t = add(t, "minus", (ctx, a) -> {
            if (a.get(0) instanceof SetValue x && a.get(1) instanceof SetValue y) {
                TreeSet<Value> out = new TreeSet<>(x.members());
                out.removeAll(y.members());
                return SetValue.of(out);
            }
            return arith("minus", BigDecimal::subtract).apply(ctx, a);
        });
        t = add(t, "mul", arith("mul", BigDecimal::multiply));
        t = add(t, "div", (ctx, a) -> {
            if (a.get(1) instanceof NumberValue n && n.value().signum() == 0) {
                throw BuiltinException.failed("div", "divide by zero");
            }
            return arith("div", (x, y) -> x.divide(y, MathContext.DECIMAL128)).apply(ctx, a);
        });
        t = add(t, "rem", arith("rem", BigDecimal::remainder));
        t = add(t, "equal", (ctx, a) -> BoolValue.of(a.get(0).equals(a.get(1))));
        t = add(t, "neq", (ctx, a) -> BoolValue.of(!a.get(0).equals(a.get(1))));
        t = add(t, "lt", (ctx, a) -> BoolValue.of(a.get(0).compareTo(a.get(1)) < 0));
        t = add(t, "lte", (ctx, a) -> BoolValue.of(a.get(0).compareTo(a.get(1)) <= 0));
        t = add(t, "gt", (ctx, a) -> BoolValue.of(a.get(0).compareTo(a.get(1)) > 0));
        t = add(t, "gte", (ctx, a) -> BoolValue.of(a.get(0).compareTo(a.get(1)) >= 0));
        t = add(t, "or", (ctx, a) -> {
            TreeSet<Value> out = new TreeSet<>(((SetValue) a.get(0)).members());
            out.addAll(((SetValue) a.get(1)).members());
            return SetValue.of(out);
        });
        t = add(t, "and", (ctx, a) -> {
            TreeSet<Value> out = new TreeSet<>(((SetValue) a.get(0)).members());
            out.retainAll(((SetValue) a.get(1)).members());
            return SetValue.of(out);
        });
        t = addN(t, "count", 1, (ctx, a) -> {
            Value v = a.get(0);
            if (v instanceof ArrayValue x) {
                return NumberValue.of(x.size());
            }
            if (v instanceof SetValue x) {
                return NumberValue.of(x.size());
            }
            if (v instanceof ObjectValue x) {
                return NumberValue.of(x.size());
            }
            if (v instanceof StringValue x) {
                return NumberValue.of(x.value().codePointCount(0, x.value().length()));
            }
            throw BuiltinException.operand("count", 1, "one of {array, object, set, string}", v);
        });
        return t;
    }

    private static BuiltinTable add(BuiltinTable t, String name, BuiltinFunction f) {
        return addN(t, name, 2, f);
    }

    private static BuiltinTable addN(BuiltinTable t, String name, int arity, BuiltinFunction f) {
        return t.find(name).isPresent() ? t : t.with(new Builtin(name, arity, f, true));
    }

    private static BuiltinFunction arith(String name, BinaryOperator<BigDecimal> op) {
        return (ctx, a) -> {
            for (int i = 0; i < 2; i++) {
                if (!(a.get(i) instanceof NumberValue)) {
                    throw BuiltinException.operand(name, i + 1, "number", a.get(i));
                }
            }
            return NumberValue.of(op.apply(((NumberValue) a.get(0)).value(), ((NumberValue) a.get(1)).value()));
        };
    }
}
