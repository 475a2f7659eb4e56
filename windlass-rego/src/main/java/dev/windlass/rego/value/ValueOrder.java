package dev.windlass.rego.value;

import java.util.Iterator;
import java.util.Map;

/** OPA's total order over values: by type rank first, then within the type. */
final class ValueOrder {
    private ValueOrder() {}

    static int compare(Value a, Value b) {
        if (a == b) {
            return 0;
        }
        int byType = Integer.compare(a.typeRank(), b.typeRank());
        if (byType != 0) {
            return byType;
        }
        if (a instanceof BoolValue x) {
            return Boolean.compare(x.value(), ((BoolValue) b).value());
        }
        if (a instanceof NumberValue x) {
            return x.value().compareTo(((NumberValue) b).value());
        }
        if (a instanceof StringValue x) {
            return compareStrings(x.value(), ((StringValue) b).value());
        }
        if (a instanceof ArrayValue x) {
            return compareIterables(x.items().iterator(), ((ArrayValue) b).items().iterator());
        }
        if (a instanceof ObjectValue x) {
            return compareObjects(x, (ObjectValue) b);
        }
        if (a instanceof SetValue x) {
            return compareIterables(x.members().iterator(), ((SetValue) b).members().iterator());
        }
        return 0;
    }

    /** Compares by code point, which is Go's byte order over UTF-8. */
    static int compareStrings(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    private static int compareIterables(Iterator<Value> a, Iterator<Value> b) {
        while (a.hasNext() && b.hasNext()) {
            int c = compare(a.next(), b.next());
            if (c != 0) {
                return c;
            }
        }
        return Boolean.compare(a.hasNext(), b.hasNext());
    }

    private static int compareObjects(ObjectValue a, ObjectValue b) {
        Iterator<Map.Entry<Value, Value>> ia = a.entries().entrySet().iterator();
        Iterator<Map.Entry<Value, Value>> ib = b.entries().entrySet().iterator();
        while (ia.hasNext() && ib.hasNext()) {
            Map.Entry<Value, Value> ea = ia.next();
            Map.Entry<Value, Value> eb = ib.next();
            int c = compare(ea.getKey(), eb.getKey());
            if (c == 0) {
                c = compare(ea.getValue(), eb.getValue());
            }
            if (c != 0) {
                return c;
            }
        }
        return Boolean.compare(ia.hasNext(), ib.hasNext());
    }
}
