package dev.windlass.rego.builtins;

import dev.windlass.rego.value.ArrayValue;
import dev.windlass.rego.value.BoolValue;
import dev.windlass.rego.value.NullValue;
import dev.windlass.rego.value.StringValue;
import dev.windlass.rego.value.Value;

/**
  * {@code glob.match(pattern, delimiters, text)} with gobwas/glob semantics: {@code null}
  * delimiters mean none, an empty array means {@code ["."]}; and {@code glob.quote_meta}.
  */
final class GlobBuiltins {
    private GlobBuiltins() {}

    static void register(BuiltinTable.Registrar registrar) {
        registrar.add("glob.match", 3, (ctx, args) -> match(Args.of("glob.match", args)));
        registrar.add("glob.quote_meta", 1,
                (ctx, args) -> StringValue.of(GlobMatcher.quoteMeta(Args.of("glob.quote_meta", args).string(0))));
    }

    private static Value match(Args a) throws BuiltinException {
        String pattern = a.string(0);
        String separators = delimiters(a);
        String text = a.string(2);
        try {
            return BoolValue.of(GlobMatcher.matches(pattern, separators, text));
        } catch (GlobMatcher.GlobSyntaxException e) {
            throw a.failed(e.getMessage());
        }
    }

    private static String delimiters(Args a) throws BuiltinException {
        Value v = a.any(1);
        if (v instanceof NullValue) {
            return "";
        }
        if (!(v instanceof ArrayValue arr)) {
            throw a.wrongTypeOneOf(1, "array", "null");
        }
        if (arr.size() == 0) {
            return ".";
        }
        StringBuilder out = new StringBuilder();
        for (Value item : arr.items()) {
            if (!(item instanceof StringValue s)) {
                throw a.elementError(1, "string", item);
            }
            if (s.value().codePointCount(0, s.value().length()) != 1) {
                throw a.elementError(1, "rune", item);
            }
            out.append(s.value());
        }
        return out.toString();
    }
}
