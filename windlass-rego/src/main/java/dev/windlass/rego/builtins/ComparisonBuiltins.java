package dev.windlass.rego.builtins;

import dev.windlass.rego.value.BoolValue;
import java.util.function.IntPredicate;

/**
  * The comparison operators as built-ins ({@code equal neq lt lte gt gte}), over OPA's total order
  * of values: null &lt; booleans &lt; numbers &lt; strings &lt; arrays &lt; objects &lt; sets.
  */
final class ComparisonBuiltins {
    private ComparisonBuiltins() {}

    static void register(BuiltinTable.Registrar registrar) {
        compare(registrar, "equal", c -> c == 0);
        compare(registrar, "neq", c -> c != 0);
        compare(registrar, "lt", c -> c < 0);
        compare(registrar, "lte", c -> c <= 0);
        compare(registrar, "gt", c -> c > 0);
        compare(registrar, "gte", c -> c >= 0);
    }

    private static void compare(BuiltinTable.Registrar registrar, String name, IntPredicate test) {
        registrar.add(name, 2, (ctx, args) -> BoolValue.of(test.test(args.get(0).compareTo(args.get(1)))));
    }
}
