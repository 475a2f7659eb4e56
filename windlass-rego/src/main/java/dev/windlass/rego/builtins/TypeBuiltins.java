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
  * Type tests ({@code is_number} … {@code type_name}), {@code to_number}, and the deprecated
  * {@code cast_*} functions.
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
        cast(registrar, "cast_string", StringValue.class, "string");
        cast(registrar, "cast_boolean", BoolValue.class, "boolean");
        cast(registrar, "cast_null", NullValue.class, "null");
        cast(registrar, "cast_object", ObjectValue.class, "object");
        registrar.add("cast_array", 1, (ctx, args) -> {
            Args a = Args.of("cast_array", args);
            return args.get(0) instanceof ArrayValue ? args.get(0) : new ArrayValue(java.util.List.copyOf(a.arrayOrSet(0)));
        });
        registrar.add("cast_set", 1, (ctx, args) -> SetValue.of(Args.of("cast_set", args).arrayOrSet(0)));
    }

    private static void is(BuiltinTable.Registrar registrar, String name, Class<? extends Value> type) {
        registrar.add(name, 1, (ctx, args) -> BoolValue.of(type.isInstance(args.get(0))));
    }

    private static void cast(BuiltinTable.Registrar registrar, String name, Class<? extends Value> type,
            String typeName) {
        registrar.add(name, 1, (ctx, args) -> {
            if (type.isInstance(args.get(0))) {
                return args.get(0);
            }
            throw Args.of(name, args).wrongType(0, typeName);
        });
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
