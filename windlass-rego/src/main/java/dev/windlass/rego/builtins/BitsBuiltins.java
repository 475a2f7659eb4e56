package dev.windlass.rego.builtins;

import dev.windlass.rego.value.NumberValue;
import java.math.BigInteger;
import java.util.function.BinaryOperator;

/** Bitwise functions on integers of any size, two's complement: {@code bits.or and xor negate lsh rsh}. */
final class BitsBuiltins {
    private BitsBuiltins() {}

    static void register(BuiltinTable.Registrar registrar) {
        binary(registrar, "bits.or", BigInteger::or);
        binary(registrar, "bits.and", BigInteger::and);
        binary(registrar, "bits.xor", BigInteger::xor);
        registrar.add("bits.negate", 1,
                (ctx, args) -> NumberValue.of(Args.of("bits.negate", args).bigInteger(0).not()));
        shift(registrar, "bits.lsh", true);
        shift(registrar, "bits.rsh", false);
    }

    private static void binary(BuiltinTable.Registrar registrar, String name, BinaryOperator<BigInteger> op) {
        registrar.add(name, 2, (ctx, args) -> {
            Args a = Args.of(name, args);
            BigInteger x = a.bigInteger(0);
            return NumberValue.of(op.apply(x, a.bigInteger(1)));
        });
    }

    private static void shift(BuiltinTable.Registrar registrar, String name, boolean left) {
        registrar.add(name, 2, (ctx, args) -> {
            Args a = Args.of(name, args);
            BigInteger x = a.bigInteger(0);
            BigInteger by = a.bigInteger(1);
            if (by.signum() < 0) {
                throw a.operandError(1, "must be an unsigned integer number but got a negative integer");
            }
            if (by.bitLength() > 31) {
                throw a.failed("shift count too large");
            }
            int n = by.intValue();
            return NumberValue.of(left ? x.shiftLeft(n) : x.shiftRight(n));
        });
    }
}
