package dev.windlass.rego.builtins;

import dev.windlass.rego.value.Value;

/**
  * A built-in call that failed. {@link Kind#TYPE} is OPA's {@code eval_type_error} (an operand of
  * the wrong type); {@link Kind#BUILTIN} is {@code eval_builtin_error} (valid types, failing
  * operation, such as an invalid regex or malformed JSON). The message starts with the function
  * name, as OPA's does: {@code concat: operand 1 must be string but got number}.
  */
public final class BuiltinException extends Exception {
    private static final long serialVersionUID = 1L;

    /** The OPA error class. */
    public enum Kind {
        /** {@code eval_type_error}. */
        TYPE("eval_type_error"),
        /** {@code eval_builtin_error}. */
        BUILTIN("eval_builtin_error"),
        /** {@code eval_cancel_error}: the time budget ran out. */
        CANCEL("eval_cancel_error");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        /** OPA's error code. */
        public String code() {
            return code;
        }
    }

    private final Kind kind;

    /** An error of the given kind; the message should start with the function name. */
    public BuiltinException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    /** What kind of error this is. */
    public Kind kind() {
        return kind;
    }

    /** {@code NAME: operand N must be EXPECTED but got TYPE}. */
    public static BuiltinException operand(String function, int operand, String expected, Value got) {
        return new BuiltinException(Kind.TYPE, function + ": operand " + operand + " must be " + expected
                + " but got " + got.typeName());
    }

    /** {@code NAME: MESSAGE} as an {@code eval_builtin_error}. */
    public static BuiltinException failed(String function, String message) {
        return new BuiltinException(Kind.BUILTIN, function + ": " + message);
    }
}
