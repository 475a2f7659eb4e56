package dev.windlass.rego.builtins;

import dev.windlass.rego.value.ArrayValue;
import dev.windlass.rego.value.BoolValue;
import dev.windlass.rego.value.NumberValue;
import dev.windlass.rego.value.ObjectValue;
import dev.windlass.rego.value.SetValue;
import dev.windlass.rego.value.StringValue;
import dev.windlass.rego.value.Value;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
  * {@code net.cidr_*} built-ins over IPv4 and IPv6 (no DNS: {@code net.lookup_ip_addr} is not
  * registered), including the deprecated {@code net.cidr_overlap} alias of {@code cidr_contains}.
  */
final class NetBuiltins {
    private static final String MATCH_ELEMENT = "element must be string or non-empty array";

    private NetBuiltins() {}

    static void register(BuiltinTable.Registrar registrar) {
        ExtCalls.add(registrar, "net.cidr_contains", 2, a -> BoolValue.of(contains(a, a.any(0), a.any(1))));
        ExtCalls.add(registrar, "net.cidr_overlap", 2, a -> BoolValue.of(contains(a, a.any(0), a.any(1))));
        ExtCalls.add(registrar, "net.cidr_intersects", 2, a -> {
            CidrRange x = network(a, a.any(0));
            CidrRange y = network(a, a.any(1));
            return BoolValue.of(x.contains(y.network()) || y.contains(x.network()));
        });
        ExtCalls.add(registrar, "net.cidr_is_valid", 1,
                a -> BoolValue.of(a.any(0) instanceof StringValue s && CidrRange.parse(s.value()) != null));
        ExtCalls.add(registrar, "net.cidr_contains_matches", 2, NetBuiltins::containsMatches);
        ExtCalls.addWithContext(registrar, "net.cidr_expand", 1, NetBuiltins::expand);
        ExtCalls.add(registrar, "net.cidr_merge", 1, a -> CidrMerge.merge(a));
    }

    /** A CIDR operand; OPA names every such operand "operand 1". */
    static CidrRange network(Args a, Value v) throws BuiltinException {
        if (!(v instanceof StringValue s)) {
            throw BuiltinException.operand(a.function(), 1, "string", v);
        }
        CidrRange range = CidrRange.parse(s.value());
        if (range == null) {
            throw a.failed("invalid CIDR address: " + s.value());
        }
        return range;
    }

    private static boolean contains(Args a, Value cidr, Value operand) throws BuiltinException {
        CidrRange range = network(a, cidr);
        if (!(operand instanceof StringValue s)) {
            throw BuiltinException.operand(a.function(), 1, "string", operand);
        }
        byte[] ip = CidrAddresses.parse(s.value());
        if (ip != null) {
            return range.contains(ip);
        }
        CidrRange other = CidrRange.parse(s.value());
        if (other == null) {
            throw a.failed("not a valid textual representation of an IP address or CIDR: " + s.value());
        }
        return range.contains(other);
    }

    /** (cidr, index) pairs of a {@code cidr_contains_matches} operand. */
    private static List<Value[]> matchOperand(Args a, int operand, Value v) throws BuiltinException {
        List<Value[]> out = new ArrayList<>();
        if (v instanceof StringValue) {
            out.add(new Value[] {v, v});
        } else if (v instanceof ArrayValue arr) {
            for (int i = 0; i < arr.size(); i++) {
                out.add(new Value[] {matchTerm(a, operand, arr.get(i)), NumberValue.of(i)});
            }
        } else if (v instanceof SetValue set) {
            for (Value x : set.members()) {
                out.add(new Value[] {matchTerm(a, operand, x), x});
            }
        } else if (v instanceof ObjectValue obj) {
            for (Map.Entry<Value, Value> e : obj.entries().entrySet()) {
                out.add(new Value[] {matchTerm(a, operand, e.getValue()), e.getKey()});
            }
        }
        return out;
    }

    private static Value matchTerm(Args a, int operand, Value v) throws BuiltinException {
        if (v instanceof StringValue) {
            return v;
        }
        if (v instanceof ArrayValue arr && arr.size() > 0) {
            return arr.get(0);
        }
        throw a.failed("operand " + operand + ": " + MATCH_ELEMENT);
    }

    private static Value containsMatches(Args a) throws BuiltinException {
        TreeSet<Value> result = new TreeSet<>();
        for (Value[] left : matchOperand(a, 1, a.any(0))) {
            for (Value[] right : matchOperand(a, 2, a.any(1))) {
                if (contains(a, left[0], right[0])) {
                    result.add(ArrayValue.of(left[1], right[1]));
                }
            }
        }
        return SetValue.of(result);
    }

    private static Value expand(BuiltinContext context, Args a) throws BuiltinException {
        String text = a.string(0);
        CidrRange range = CidrRange.parse(text);
        if (range == null) {
            throw a.failed("invalid CIDR address: " + text);
        }
        TreeSet<Value> out = new TreeSet<>();
        BigInteger last = range.last();
        int count = 0;
        for (BigInteger ip = range.first(); ip.compareTo(last) <= 0; ip = ip.add(BigInteger.ONE)) {
            if (++count % 1024 == 0) {
                context.checkBudget();
            }
            out.add(StringValue.of(CidrAddresses.format(CidrAddresses.fromInteger(ip, range.network().length))));
        }
        return SetValue.of(out);
    }
}
