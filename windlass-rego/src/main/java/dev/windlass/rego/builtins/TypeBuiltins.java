package dev.windlass.rego.builtins;

import dev.windlass.rego.value.ArrayValue;
import dev.windlass.rego.value.BoolValue;
import dev.windlass.rego.value.NullValue;
import dev.windlass.rego.value.NumberValue;
import dev.windlass.rego.value.ObjectValue;
import dev.windlass.rego.value.SetValue;
import dev.windlass.rego.value.StringValue;
import dev.windlass.rego.value.Value;
import java.util.Locale;
import java.util.regex.Pattern;

/**
  * Type tests ({@code is_number} … {@code type_name}) and {@code to_number}. The deprecated
  * {@code cast_*} functions are left out, as OPA v1 leaves them out.
  */
final class TypeBuiltins {
    /** Go's decimal float syntax as {@code strconv.ParseFloat} reads it (hex floats are not accepted here). */
    private static final Pattern GO_DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private TypeBuiltins() {}

    static void register(BuiltinTable.Registrar registrar) {
        is(registrar, "is_number", NumberValue.class);
        is(registrar, "is_string", StringValue.class);
        is(registrar, "is_boolean", BoolValue.class);
        is(registrar, "is_array", ArrayValue.class);
        is(registrar, "is_set", SetValue.class);
        is(registrar, "is_object", ObjectValue.class);
        is(registrar, "is_null", NullValue.class);
        registrar.add("type_name", 1, (ctx, args) -> StringValue.of(args.get(0).typeName()));
        registrar.add("to_number", 1, (ctx, args) -> toNumber(Args.of("to_number", args)));
    }

    private static void is(BuiltinTable.Registrar registrar, String name, Class<? extends Value> type) {
        registrar.add(name, 1, (ctx, args) -> BoolValue.of(type.isInstance(args.get(0))));
    }

    private static Value toNumber(Args a) throws BuiltinException {
        Value v = a.any(0);
        if (v instanceof NullValue) {
            return NumberValue.of(0);
        }
        if (v instanceof BoolValue b) {
            return NumberValue.of(b.value() ? 1 : 0);
        }
        if (v instanceof NumberValue) {
            return v;
        }
        if (v instanceof StringValue s) {
            return parseNumber(a, s.value());
        }
        throw a.wrongTypeOneOf(0, "null", "boolean", "number", "string");
    }

    private static Value parseNumber(Args a, String text) throws BuiltinException {
        String word = text.replaceFirst("^[+-]+", "").toLowerCase(Locale.ROOT);
        if (word.equals("inf") || word.equals("infinity") || word.equals("nan")) {
            throw a.wrongType(0, "valid number string");
        }
        if (!GO_DECIMAL.matcher(text).matches()) {
            throw a.failed("strconv.ParseFloat: parsing " + GoQuote.quote(text) + ": invalid syntax");
        }
        if (Double.isInfinite(Double.parseDouble(text))) {
            throw a.failed("strconv.ParseFloat: parsing " + GoQuote.quote(text) + ": value out of range");
        }
        return NumberValue.parse(text);
    }
}
