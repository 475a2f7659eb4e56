package dev.windlass.rego.builtins;

import dev.windlass.rego.value.ArrayValue;
import dev.windlass.rego.value.Value;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** {@code array.concat}, {@code array.slice} (indices clamped, never an error) and {@code array.reverse}. */
final class ArrayBuiltins {
    private ArrayBuiltins() {}

    static void register(BuiltinTable.Registrar registrar) {
        registrar.add("array.concat", 2, (ctx, args) -> {
            Args a = Args.of("array.concat", args);
            List<Value> out = new ArrayList<>(a.array(0).items());
            out.addAll(a.array(1).items());
            return new ArrayValue(out);
        });
        registrar.add("array.slice", 3, (ctx, args) -> slice(Args.of("array.slice", args)));
        registrar.add("array.reverse", 1, (ctx, args) -> {
            List<Value> out = new ArrayList<>(Args.of("array.reverse", args).array(0).items());
            Collections.reverse(out);
            return new ArrayValue(out);
        });
    }

    private static Value slice(Args a) throws BuiltinException {
        ArrayValue array = a.array(0);
        long start = a.integer(1);
        long stop = a.integer(2);
        stop = Math.max(0, Math.min(stop, array.size()));
        start = Math.max(0, Math.min(start, stop));
        return new ArrayValue(array.items().subList((int) start, (int) stop));
    }
}
