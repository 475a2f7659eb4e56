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
import java.util.Collection;
import java.util.List;

/**
  * Typed access to built-in arguments. Each accessor throws OPA's type error naming the function
  * and the 1-based operand: {@code count: operand 1 must be one of {array, object, set, string} but got number}.
  */
final class Args {
    private final String function;
    private final List<Value> args;

    private Args(String function, List<Value> args) {
        this.function = function;
        this.args = args;
    }

    /** Accessors for one call's arguments. */
    static Args of(String function, List<Value> args) {
        return new Args(function, args);
    }

    String function() {
        return function;
    }

    Value any(int index) {
        return args.get(index);
    }

    String string(int index) throws BuiltinException {
        if (args.get(index) instanceof StringValue s) {
            return s.value();
        }
        throw wrongType(index, "string");
    }

    NumberValue number(int index) throws BuiltinException {
        if (args.get(index) instanceof NumberValue n) {
            return n;
        }
        throw wrongType(index, "number");
    }

    /** An integer operand that fits a long; OPA's message for a fraction is {@code operand N must be integer number but got floating-point number}. */
    long integer(int index) throws BuiltinException {
        NumberValue n = number(index);
        if (!n.fitsLong()) {
            throw new BuiltinException(BuiltinException.Kind.TYPE, function + ": operand " + (index + 1)
                    + " must be integer number but got floating-point number");
        }
        return n.longValue();
    }

    /**
      * An integer operand of any size, as OPA's {@code BigIntOperand}: a non-number is reported as
      * {@code must be integer but got TYPE}, a fraction as {@code must be integer number but got
      * floating-point number}.
      */
    BigInteger bigInteger(int index) throws BuiltinException {
        if (!(args.get(index) instanceof NumberValue n)) {
            throw wrongType(index, "integer");
        }
        if (!n.isInteger()) {
            throw new BuiltinException(BuiltinException.Kind.TYPE, function + ": operand " + (index + 1)
                    + " must be integer number but got floating-point number");
        }
        return n.value().toBigIntegerExact();
    }

    /** The strings of an array or set operand; OPA's element error names the first non-string. */
    List<String> stringSlice(int index) throws BuiltinException {
        Collection<Value> items = arrayOrSet(index);
        List<String> out = new ArrayList<>(items.size());
        for (Value item : items) {
            if (!(item instanceof StringValue s)) {
                throw elementError(index, "string", item);
            }
            out.add(s.value());
        }
        return out;
    }

    /** {@code NAME: operand N must be array of strings but got array containing number}. */
    BuiltinException elementError(int index, String expected, Value element) {
        String composite = args.get(index).typeName();
        return new BuiltinException(BuiltinException.Kind.TYPE, function + ": operand " + (index + 1) + " must be "
                + composite + " of " + expected + "s but got " + composite + " containing " + element.typeName());
    }

    /** {@code NAME: operand N must be one of {A, B} but got TYPE}. */
    BuiltinException wrongTypeOneOf(int index, String... expected) {
        return wrongType(index, expected.length == 1 ? expected[0] : "one of {" + String.join(", ", expected) + "}");
    }

    /** {@code NAME: operand N MESSAGE} as a type error. */
    BuiltinException operandError(int index, String message) {
        return new BuiltinException(BuiltinException.Kind.TYPE, function + ": operand " + (index + 1) + " " + message);
    }

    boolean bool(int index) throws BuiltinException {
        if (args.get(index) instanceof BoolValue b) {
            return b.value();
        }
        throw wrongType(index, "boolean");
    }

    ArrayValue array(int index) throws BuiltinException {
        if (args.get(index) instanceof ArrayValue a) {
            return a;
        }
        throw wrongType(index, "array");
    }

    ObjectValue object(int index) throws BuiltinException {
        if (args.get(index) instanceof ObjectValue o) {
            return o;
        }
        throw wrongType(index, "object");
    }

    SetValue set(int index) throws BuiltinException {
        if (args.get(index) instanceof SetValue s) {
            return s;
        }
        throw wrongType(index, "set");
    }

    /** The members of an array or a set. */
    Collection<Value> arrayOrSet(int index) throws BuiltinException {
        Value v = args.get(index);
        if (v instanceof ArrayValue a) {
            return a.items();
        }
        if (v instanceof SetValue s) {
            return s.members();
        }
        throw wrongType(index, "one of {array, set}");
    }

    /** {@code NAME: operand N must be EXPECTED but got TYPE}. */
    BuiltinException wrongType(int index, String expected) {
        return BuiltinException.operand(function, index + 1, expected, args.get(index));
    }

    /** {@code NAME: MESSAGE} as a built-in error. */
    BuiltinException failed(String message) {
        return BuiltinException.failed(function, message);
    }
}
