package dev.windlass.rego.builtins;

import dev.windlass.rego.value.ArrayValue;
import dev.windlass.rego.value.BoolValue;
import dev.windlass.rego.value.NumberValue;
import dev.windlass.rego.value.ObjectValue;
import dev.windlass.rego.value.SetValue;
import dev.windlass.rego.value.StringValue;
import dev.windlass.rego.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;

/** The searching string functions: {@code indexof indexof_n strings.replace_n strings.any_*_match}. */
final class StringSearch {
    private StringSearch() {}

    static Value indexOf(Args a) throws BuiltinException {
        String s = a.string(0);
        String search = a.string(1);
        if (search.isEmpty()) {
            throw a.failed("empty search character");
        }
        int at = s.indexOf(search);
        return NumberValue.of(at < 0 ? -1 : s.codePointCount(0, at));
    }

    /** Every (overlapping) occurrence, as code point indices. */
    static Value indexOfN(Args a) throws BuiltinException {
        String s = a.string(0);
        String search = a.string(1);
        if (search.isEmpty()) {
            throw a.failed("empty search character");
        }
        List<Value> out = new ArrayList<>();
        int rune = 0;
        for (int i = 0; i < s.length(); i += Character.charCount(s.codePointAt(i)), rune++) {
            if (s.startsWith(search, i)) {
                out.add(NumberValue.of(rune));
            }
        }
        return new ArrayValue(out);
    }

    static Value replaceN(Args a) throws BuiltinException {
        ObjectValue patterns = a.object(0);
        String s = a.string(1);
        List<String> oldNew = new ArrayList<>();
        for (Map.Entry<Value, Value> e : patterns.entries().entrySet()) {
            if (!(e.getKey() instanceof StringValue k)) {
                throw a.operandError(0, "non-string key found in pattern object");
            }
            if (!(e.getValue() instanceof StringValue v)) {
                throw a.operandError(0, "non-string value found in pattern object");
            }
            oldNew.add(k.value());
            oldNew.add(v.value());
        }
        return StringValue.of(GoStrings.replaceAll(s, oldNew));
    }

    static Value anyMatch(Args a, BiPredicate<String, String> test) throws BuiltinException {
        List<String> strings = stringOrSlice(a, 0);
        List<String> affixes = stringOrSlice(a, 1);
        for (String s : strings) {
            for (String affix : affixes) {
                if (test.test(s, affix)) {
                    return BoolValue.TRUE;
                }
            }
        }
        return BoolValue.FALSE;
    }

    private static List<String> stringOrSlice(Args a, int index) throws BuiltinException {
        Value v = a.any(index);
        if (v instanceof StringValue s) {
            return List.of(s.value());
        }
        if (v instanceof ArrayValue || v instanceof SetValue) {
            return a.stringSlice(index);
        }
        throw a.wrongTypeOneOf(index, "string", "set", "array");
    }
}
