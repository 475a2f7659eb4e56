package dev.windlass.rego.builtins;

import dev.windlass.rego.value.ArrayValue;
import dev.windlass.rego.value.BoolValue;
import dev.windlass.rego.value.NullValue;
import dev.windlass.rego.value.NumberValue;
import dev.windlass.rego.value.ObjectValue;
import dev.windlass.rego.value.SetValue;
import dev.windlass.rego.value.StringValue;
import dev.windlass.rego.value.Value;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Iterator;
import java.util.Map;

/**
  * A {@code sprintf} argument as OPA hands it to Go's {@code fmt}: integers that fit 64 bits as
  * {@code int}, larger integers as {@code *big.Int}, other numbers as {@code float64}, strings as
  * themselves, and everything else (booleans, null, arrays, objects, sets) as its Rego text.
  */
record GoArg(Kind kind, long intValue, BigInteger bigValue, double floatValue, String stringValue) {
    /** The Go type the argument has. */
    enum Kind {
        INT("int"), BIG_INT("*big.Int"), FLOAT("float64"), STRING("string");

        private final String goType;

        Kind(String goType) {
            this.goType = goType;
        }

        String goType() {
            return goType;
        }
    }

    static GoArg of(Value value) {
        if (value instanceof NumberValue n) {
            return number(n.value());
        }
        if (value instanceof StringValue s) {
            return string(s.value());
        }
        return string(regoText(value));
    }

    static GoArg string(String s) {
        return new GoArg(Kind.STRING, 0, null, 0, s);
    }

    private static GoArg number(BigDecimal v) {
        if (v.scale() == 0) {
            BigInteger i = v.toBigIntegerExact();
            if (i.bitLength() < 64) {
                return new GoArg(Kind.INT, i.longValue(), null, 0, null);
            }
            return new GoArg(Kind.BIG_INT, 0, i, 0, null);
        }
        double d = v.doubleValue();
        if (Double.isInfinite(d)) {
            return string(v.toString());
        }
        return new GoArg(Kind.FLOAT, 0, null, d, null);
    }

    /** OPA's text for a value, as {@code Term.String()} prints it: {@code [1, "a"]}, {@code {"a": 1}}, {@code set()}. */
    static String regoText(Value value) {
        StringBuilder out = new StringBuilder();
        appendText(out, value);
        return out.toString();
    }

    private static void appendText(StringBuilder out, Value value) {
        if (value instanceof NullValue) {
            out.append("null");
        } else if (value instanceof BoolValue b) {
            out.append(b.value());
        } else if (value instanceof NumberValue n) {
            out.append(n.value().scale() > 0 ? n.value().toPlainString() : n.toString());
        } else if (value instanceof StringValue s) {
            out.append(GoQuote.quote(s.value()));
        } else if (value instanceof ArrayValue a) {
            out.append('[');
            appendAll(out, a.items().iterator());
            out.append(']');
        } else if (value instanceof SetValue s) {
            if (s.size() == 0) {
                out.append("set()");
                return;
            }
            out.append('{');
            appendAll(out, s.members().iterator());
            out.append('}');
        } else if (value instanceof ObjectValue o) {
            out.append('{');
            Iterator<Map.Entry<Value, Value>> it = o.entries().entrySet().iterator();
            while (it.hasNext()) {
                Map.Entry<Value, Value> e = it.next();
                appendText(out, e.getKey());
                out.append(": ");
                appendText(out, e.getValue());
                if (it.hasNext()) {
                    out.append(", ");
                }
            }
            out.append('}');
        }
    }

    private static void appendAll(StringBuilder out, Iterator<Value> items) {
        while (items.hasNext()) {
            appendText(out, items.next());
            if (items.hasNext()) {
                out.append(", ");
            }
        }
    }
}
