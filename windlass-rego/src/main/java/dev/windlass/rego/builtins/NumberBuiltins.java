package dev.windlass.rego.builtins;

import dev.windlass.rego.value.ArrayValue;
import dev.windlass.rego.value.NumberValue;
import dev.windlass.rego.value.SetValue;
import dev.windlass.rego.value.Value;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
  * Arithmetic operators ({@code plus minus mul div rem}) and the number functions {@code abs round
  * ceil floor numbers.range numbers.range_step}, with OPA's results and messages.
  */
final class NumberBuiltins {
    private NumberBuiltins() {}

    /** An arithmetic operation that may fail with a bare message. */
    @FunctionalInterface
    private interface BinaryArith {
        NumberValue apply(NumberValue a, NumberValue b);
    }

    static void register(BuiltinTable.Registrar registrar) {
        binary(registrar, "plus", Arith::plus);
        registrar.add("minus", 2, (ctx, args) -> minus(Args.of("minus", args)));
        binary(registrar, "mul", Arith::multiply);
        binary(registrar, "div", Arith::divide);
        binary(registrar, "rem", Arith::remainder);
        unary(registrar, "abs", Arith::abs);
        unary(registrar, "round", Arith::round);
        unary(registrar, "ceil", Arith::ceil);
        unary(registrar, "floor", Arith::floor);
        registrar.add("numbers.range", 2, (ctx, args) -> range(ctx, Args.of("numbers.range", args), false));
        registrar.add("numbers.range_step", 3,
                (ctx, args) -> range(ctx, Args.of("numbers.range_step", args), true));
    }

    private static void binary(BuiltinTable.Registrar registrar, String name, BinaryArith op) {
        registrar.add(name, 2, (ctx, args) -> {
            Args a = Args.of(name, args);
            NumberValue x = a.number(0);
            NumberValue y = a.number(1);
            try {
                return op.apply(x, y);
            } catch (ArithmeticException e) {
                throw a.failed(e.getMessage());
            }
        });
    }

    private static void unary(BuiltinTable.Registrar registrar, String name, UnaryOperator<NumberValue> op) {
        registrar.add(name, 1, (ctx, args) -> op.apply(Args.of(name, args).number(0)));
    }

    private static Value minus(Args a) throws BuiltinException {
        Value x = a.any(0);
        Value y = a.any(1);
        if (x instanceof NumberValue n1 && y instanceof NumberValue n2) {
            return Arith.minus(n1, n2);
        }
        if (x instanceof SetValue s1 && y instanceof SetValue s2) {
            TreeSet<Value> diff = new TreeSet<>(s1.members());
            diff.removeAll(s2.members());
            return SetValue.of(diff);
        }
        if (!(x instanceof NumberValue) && !(x instanceof SetValue)) {
            throw a.wrongTypeOneOf(0, "number", "set");
        }
        if (y instanceof NumberValue) {
            throw a.wrongType(1, "set");
        }
        throw a.wrongType(1, "number");
    }

    private static Value range(BuiltinContext ctx, Args a, boolean withStep) throws BuiltinException {
        BigInteger from = a.bigInteger(0);
        BigInteger to = a.bigInteger(1);
        BigInteger step = BigInteger.ONE;
        if (withStep) {
            step = a.bigInteger(2);
            if (step.signum() <= 0) {
                throw a.failed("numbers.range_step: step must be a positive integer");
            }
        }
        boolean up = from.compareTo(to) <= 0;
        List<Value> out = new ArrayList<>();
        for (BigInteger i = from; up ? i.compareTo(to) <= 0 : i.compareTo(to) >= 0;
                i = up ? i.add(step) : i.subtract(step)) {
            if (out.size() % 4096 == 4095) {
                ctx.checkBudget();
            }
            out.add(NumberValue.of(i));
        }
        return new ArrayValue(out);
    }
}
