package dev.windlass.rego.builtins;

import dev.windlass.rego.value.StringValue;
import dev.windlass.rego.value.Value;
import java.util.ArrayList;
import java.util.List;

/**
  * {@code sprintf(format, values)}: Go's {@code fmt.Sprintf} over the values as OPA converts them
  * (see {@link GoArg}); {@code sprintf("%s", [5])} is {@code %!s(int=5)}, as in OPA.
  */
final class SprintfBuiltin {
    private SprintfBuiltin() {}

    static void register(BuiltinTable.Registrar registrar) {
        registrar.add("sprintf", 2, (ctx, args) -> {
            Args a = Args.of("sprintf", args);
            String format = a.string(0);
            List<GoArg> goArgs = new ArrayList<>();
            for (Value v : a.array(1).items()) {
                goArgs.add(GoArg.of(v));
            }
            return StringValue.of(GoFormat.sprintf(format, goArgs));
        });
    }
}
