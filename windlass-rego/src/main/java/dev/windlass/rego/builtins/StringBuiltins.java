package dev.windlass.rego.builtins;

import dev.windlass.rego.value.ArrayValue;
import dev.windlass.rego.value.BoolValue;
import dev.windlass.rego.value.NumberValue;
import dev.windlass.rego.value.StringValue;
import dev.windlass.rego.value.Value;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.UnaryOperator;

/**
  * String functions with Go's semantics (indices and lengths count code points, as OPA's do):
  * {@code concat contains startswith endswith format_int indexof indexof_n lower upper replace
  * split substring trim*} and the {@code strings.*} family. {@code strings.render_template} is
  * not implemented.
  */
final class StringBuiltins {
    private StringBuiltins() {}

    static void register(BuiltinTable.Registrar registrar) {
        registrar.add("concat", 2, (ctx, args) -> concat(Args.of("concat", args)));
        test(registrar, "contains", String::contains);
        test(registrar, "startswith", String::startsWith);
        test(registrar, "endswith", String::endsWith);
        registrar.add("format_int", 2, (ctx, args) -> formatInt(Args.of("format_int", args)));
        registrar.add("indexof", 2, (ctx, args) -> StringSearch.indexOf(Args.of("indexof", args)));
        registrar.add("indexof_n", 2, (ctx, args) -> StringSearch.indexOfN(Args.of("indexof_n", args)));
        map(registrar, "lower", s -> mapCodePoints(s, Character::toLowerCase));
        map(registrar, "upper", s -> mapCodePoints(s, Character::toUpperCase));
        map(registrar, "trim_space", GoStrings::trimSpace);
        map(registrar, "strings.reverse", s -> new StringBuilder(s).reverse().toString());
        registrar.add("replace", 3, (ctx, args) -> {
            Args a = Args.of("replace", args);
            String s = a.string(0);
            String old = a.string(1);
            return StringValue.of(GoStrings.replaceAll(s, List.of(old, a.string(2))));
        });
        registrar.add("strings.replace_n", 2, (ctx, args) -> StringSearch.replaceN(Args.of("strings.replace_n", args)));
        registrar.add("split", 2, (ctx, args) -> {
            Args a = Args.of("split", args);
            String s = a.string(0);
            List<Value> parts = new ArrayList<>();
            GoStrings.split(s, a.string(1)).forEach(p -> parts.add(StringValue.of(p)));
            return new ArrayValue(parts);
        });
        registrar.add("substring", 3, (ctx, args) -> substring(Args.of("substring", args)));
        cut(registrar, "trim", (s, c) -> GoStrings.trimRight(GoStrings.trimLeft(s, c), c));
        cut(registrar, "trim_left", GoStrings::trimLeft);
        cut(registrar, "trim_right", GoStrings::trimRight);
        cut(registrar, "trim_prefix", (s, p) -> s.startsWith(p) ? s.substring(p.length()) : s);
        cut(registrar, "trim_suffix", (s, p) -> s.endsWith(p) ? s.substring(0, s.length() - p.length()) : s);
        registrar.add("strings.count", 2, (ctx, args) -> {
            Args a = Args.of("strings.count", args);
            String s = a.string(0);
            return NumberValue.of(GoStrings.count(s, a.string(1)));
        });
        registrar.add("strings.any_prefix_match", 2,
                (ctx, args) -> StringSearch.anyMatch(Args.of("strings.any_prefix_match", args), String::startsWith));
        registrar.add("strings.any_suffix_match", 2,
                (ctx, args) -> StringSearch.anyMatch(Args.of("strings.any_suffix_match", args), String::endsWith));
    }

    private static void test(BuiltinTable.Registrar registrar, String name, BiPredicate<String, String> test) {
        registrar.add(name, 2, (ctx, args) -> {
            Args a = Args.of(name, args);
            String s = a.string(0);
            return BoolValue.of(test.test(s, a.string(1)));
        });
    }

    private static void map(BuiltinTable.Registrar registrar, String name, UnaryOperator<String> f) {
        registrar.add(name, 1, (ctx, args) -> StringValue.of(f.apply(Args.of(name, args).string(0))));
    }

    /** A string function of two strings. */
    @FunctionalInterface
    private interface Cut {
        String apply(String s, String arg);
    }

    private static void cut(BuiltinTable.Registrar registrar, String name, Cut f) {
        registrar.add(name, 2, (ctx, args) -> {
            Args a = Args.of(name, args);
            String s = a.string(0);
            return StringValue.of(f.apply(s, a.string(1)));
        });
    }

    private static String mapCodePoints(String s, java.util.function.IntUnaryOperator f) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(c -> out.appendCodePoint(f.applyAsInt(c)));
        return out.toString();
    }

    private static Value concat(Args a) throws BuiltinException {
        String sep = a.string(0);
        if (!(a.any(1) instanceof ArrayValue) && !(a.any(1) instanceof dev.windlass.rego.value.SetValue)) {
            throw a.wrongTypeOneOf(1, "set", "array");
        }
        return StringValue.of(String.join(sep, a.stringSlice(1)));
    }

    private static Value formatInt(Args a) throws BuiltinException {
        NumberValue input = a.number(0);
        NumberValue base = a.number(1);
        int radix = base.value().scale() == 0 && base.fitsLong() ? (int) base.longValue() : -1;
        if (radix != 2 && radix != 8 && radix != 10 && radix != 16) {
            throw a.operandError(1, "must be one of {2, 8, 10, 16}");
        }
        BigInteger i = input.value().scale() == 0 ? input.value().toBigIntegerExact()
                : GoBigFloat.of(input.value()).exact().setScale(0, RoundingMode.DOWN).toBigIntegerExact();
        return StringValue.of(i.toString(radix));
    }

    private static Value substring(Args a) throws BuiltinException {
        String s = a.string(0);
        long start = a.integer(1);
        long length = a.integer(2);
        if (start < 0) {
            throw a.failed("negative offset");
        }
        int runes = s.codePointCount(0, s.length());
        if (start >= runes) {
            return StringValue.of("");
        }
        long end = length < 0 || length >= runes - start ? runes : start + length;
        int from = s.offsetByCodePoints(0, (int) start);
        int to = s.offsetByCodePoints(0, (int) end);
        return StringValue.of(s.substring(from, to));
    }
}
