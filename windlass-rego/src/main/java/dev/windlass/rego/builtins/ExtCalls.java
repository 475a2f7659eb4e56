package dev.windlass.rego.builtins;

import dev.windlass.rego.value.StringValue;
import dev.windlass.rego.value.Value;
import java.nio.charset.StandardCharsets;

/**
  * Registration shorthand for the extended built-ins (encoding, time, net, JWT, crypto …): each
  * body receives its {@link Args}, so type errors name the function without repeating it.
  */
final class ExtCalls {
    private ExtCalls() {}

    /** A built-in body over typed arguments. */
    @FunctionalInterface
    interface Body {
        Value apply(Args args) throws BuiltinException;
    }

    /** A built-in body that also reads the evaluation context. */
    @FunctionalInterface
    interface ContextBody {
        Value apply(BuiltinContext context, Args args) throws BuiltinException;
    }

    static void add(BuiltinTable.Registrar registrar, String name, int arity, Body body) {
        registrar.add(name, arity, (context, values) -> body.apply(Args.of(name, values)));
    }

    static void addWithContext(BuiltinTable.Registrar registrar, String name, int arity, ContextBody body) {
        registrar.add(name, arity, (context, values) -> body.apply(context, Args.of(name, values)));
    }

    static void addNondeterministic(BuiltinTable.Registrar registrar, String name, int arity, ContextBody body) {
        registrar.addNondeterministic(name, arity, (context, values) -> body.apply(context, Args.of(name, values)));
    }

    /** OPA's {@code NAME: operand N MESSAGE} type error (Go's {@code builtins.NewOperandErr}). */
    static BuiltinException operandError(Args args, int operand, String message) {
        return new BuiltinException(BuiltinException.Kind.TYPE,
                args.function() + ": operand " + operand + " " + message);
    }

    /** The UTF-8 bytes of a string, as Go sees a Rego string. */
    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** A Rego string from bytes (invalid UTF-8 becomes U+FFFD). */
    static StringValue string(byte[] bytes) {
        return StringValue.of(new String(bytes, StandardCharsets.UTF_8));
    }

    /** Lower-case hex of bytes. */
    static String hex(byte[] bytes) {
        StringBuilder out = new StringBuilder(bytes.length * 2);
        for (byte b : bytes) {
            out.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
        }
        return out.toString();
    }

    /** Go's {@code %#U} of a byte: {@code U+0067 'g'}, without the quoted form when not printable. */
    static String goRune(int b) {
        String code = String.format("U+%04X", b);
        boolean printable = !Character.isISOControl(b) && b != 0xa0 && b != 0xad;
        return printable ? code + " '" + (char) b + "'" : code;
    }

    /** Go's {@code strconv.Quote} for the ASCII escapes that matter in error texts. */
    static String goQuote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\t') {
                out.append("\\t");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c < 0x20 || c == 0x7f) {
                out.append(String.format("\\x%02x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
