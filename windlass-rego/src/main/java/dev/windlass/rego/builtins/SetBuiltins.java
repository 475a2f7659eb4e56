package dev.windlass.rego.builtins;

import dev.windlass.rego.value.SetValue;
import dev.windlass.rego.value.Value;
import java.util.TreeSet;

/**
  * Set operators as built-ins ({@code and} is {@code &}, {@code or} is {@code |}) and the n-ary
  * {@code intersection} and {@code union} over a set of sets.
  */
final class SetBuiltins {
    private SetBuiltins() {}

    static void register(BuiltinTable.Registrar registrar) {
        registrar.add("and", 2, (ctx, args) -> {
            Args a = Args.of("and", args);
            TreeSet<Value> out = new TreeSet<>(a.set(0).members());
            out.retainAll(a.set(1).members());
            return SetValue.of(out);
        });
        registrar.add("or", 2, (ctx, args) -> {
            Args a = Args.of("or", args);
            TreeSet<Value> out = new TreeSet<>(a.set(0).members());
            out.addAll(a.set(1).members());
            return SetValue.of(out);
        });
        registrar.add("intersection", 1, (ctx, args) -> intersection(Args.of("intersection", args)));
        registrar.add("union", 1, (ctx, args) -> union(Args.of("union", args)));
    }

    private static Value intersection(Args a) throws BuiltinException {
        TreeSet<Value> out = null;
        for (Value member : a.set(0).members()) {
            SetValue s = memberSet(a, member);
            if (out == null) {
                out = new TreeSet<>(s.members());
            } else {
                out.retainAll(s.members());
            }
        }
        return out == null ? SetValue.EMPTY : SetValue.of(out);
    }

    private static Value union(Args a) throws BuiltinException {
        TreeSet<Value> out = new TreeSet<>();
        for (Value member : a.set(0).members()) {
            out.addAll(memberSet(a, member).members());
        }
        return SetValue.of(out);
    }

    /** OPA checks each member as if it were operand 1: {@code operand 1 must be set but got number}. */
    private static SetValue memberSet(Args a, Value member) throws BuiltinException {
        if (member instanceof SetValue s) {
            return s;
        }
        throw BuiltinException.operand(a.function(), 1, "set", member);
    }
}
