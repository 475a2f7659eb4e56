package dev.windlass.rego.builtins;

import dev.windlass.rego.value.ArrayValue;
import dev.windlass.rego.value.BoolValue;
import dev.windlass.rego.value.NumberValue;
import dev.windlass.rego.value.ObjectValue;
import dev.windlass.rego.value.SetValue;
import dev.windlass.rego.value.StringValue;
import dev.windlass.rego.value.Value;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
  * Aggregates: {@code count sum product max min sort}, the deprecated {@code all any}, and the
  * membership helpers behind the {@code in} keyword ({@code internal.member_2},
  * {@code internal.member_3}).
  */
final class AggregateBuiltins {
    private AggregateBuiltins() {}

    static void register(BuiltinTable.Registrar registrar) {
        registrar.add("count", 1, (ctx, args) -> count(Args.of("count", args)));
        registrar.add("sum", 1, (ctx, args) -> sum(Args.of("sum", args), false));
        registrar.add("product", 1, (ctx, args) -> sum(Args.of("product", args), true));
        registrar.add("max", 1, (ctx, args) -> extreme(Args.of("max", args), true));
        registrar.add("min", 1, (ctx, args) -> extreme(Args.of("min", args), false));
        registrar.add("sort", 1, (ctx, args) -> sort(Args.of("sort", args)));
        registrar.add("all", 1, (ctx, args) -> all(Args.of("all", args)));
        registrar.add("any", 1, (ctx, args) -> any(Args.of("any", args)));
        registrar.add("internal.member_2", 2, (ctx, args) -> BoolValue.of(member(args.get(0), args.get(1))));
        registrar.add("internal.member_3", 3,
                (ctx, args) -> BoolValue.of(memberWithKey(args.get(0), args.get(1), args.get(2))));
    }

    private static Value count(Args a) throws BuiltinException {
        Value v = a.any(0);
        if (v instanceof ArrayValue x) {
            return NumberValue.of(x.size());
        }
        if (v instanceof ObjectValue x) {
            return NumberValue.of(x.size());
        }
        if (v instanceof SetValue x) {
            return NumberValue.of(x.size());
        }
        if (v instanceof StringValue x) {
            return NumberValue.of(x.value().codePointCount(0, x.value().length()));
        }
        throw a.wrongTypeOneOf(0, "array", "object", "set", "string");
    }

    private static Collection<Value> setOrArray(Args a) throws BuiltinException {
        Value v = a.any(0);
        if (v instanceof ArrayValue x) {
            return x.items();
        }
        if (v instanceof SetValue x) {
            return x.members();
        }
        throw a.wrongTypeOneOf(0, "set", "array");
    }

    private static Value sum(Args a, boolean product) throws BuiltinException {
        Collection<Value> items = setOrArray(a);
        BigInteger exact = product ? BigInteger.ONE : BigInteger.ZERO;
        boolean allIntegers = true;
        for (Value item : items) {
            BigInteger i = item instanceof NumberValue n ? Arith.exactInteger(n) : null;
            if (i == null) {
                allIntegers = false;
                break;
            }
            exact = product ? exact.multiply(i) : exact.add(i);
        }
        if (allIntegers) {
            return NumberValue.of(exact);
        }
        GoBigFloat acc = GoBigFloat.of(product ? java.math.BigDecimal.ONE : java.math.BigDecimal.ZERO);
        for (Value item : items) {
            if (!(item instanceof NumberValue n)) {
                throw a.elementError(0, "number", item);
            }
            acc = product ? acc.multiply(Arith.toFloat(n)) : acc.add(Arith.toFloat(n));
        }
        return Arith.fromFloat(acc);
    }

    private static Value extreme(Args a, boolean max) throws BuiltinException {
        Collection<Value> items = setOrArray(a);
        if (items.isEmpty()) {
            return null;
        }
        Value best = null;
        for (Value item : items) {
            // The last of equal extremes wins, as OPA's loop does (it matters for 1 and 1.0).
            if (best == null || (max ? best.compareTo(item) <= 0 : best.compareTo(item) >= 0)) {
                best = item;
            }
        }
        return best;
    }

    private static Value sort(Args a) throws BuiltinException {
        List<Value> items = new ArrayList<>(setOrArray(a));
        Collections.sort(items);
        return new ArrayValue(items);
    }

    private static Value all(Args a) throws BuiltinException {
        for (Value v : allOrAny(a)) {
            if (!BoolValue.TRUE.equals(v)) {
                return BoolValue.FALSE;
            }
        }
        return BoolValue.TRUE;
    }

    private static Value any(Args a) throws BuiltinException {
        return BoolValue.of(allOrAny(a).contains(BoolValue.TRUE));
    }

    private static Collection<Value> allOrAny(Args a) throws BuiltinException {
        return a.arrayOrSet(0);
    }

    static boolean member(Value element, Value collection) {
        if (collection instanceof SetValue s) {
            return s.contains(element);
        }
        if (collection instanceof ArrayValue arr) {
            return arr.items().contains(element);
        }
        if (collection instanceof ObjectValue o) {
            return o.entries().containsValue(element);
        }
        return false;
    }

    static boolean memberWithKey(Value key, Value value, Value collection) {
        if (collection instanceof SetValue s) {
            return s.contains(key) && key.equals(value);
        }
        if (collection instanceof ObjectValue o) {
            return value.equals(o.get(key));
        }
        if (collection instanceof ArrayValue arr) {
            if (!(key instanceof NumberValue n) || !n.fitsLong()) {
                return false;
            }
            long i = n.longValue();
            return i >= 0 && i < arr.size() && value.equals(arr.get((int) i));
        }
        return false;
    }
}
