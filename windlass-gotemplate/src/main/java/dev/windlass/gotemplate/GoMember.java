package dev.windlass.gotemplate;

/** A member of a {@link GoObject}: a field holding a value, or a method taking arguments. */
public sealed interface GoMember {

    /** A field; {@code .X} evaluates to its value and it cannot take arguments. */
    record Field(Object value) implements GoMember {
    }

    /** A method; {@code .X a b} calls it with its receiver already bound. */
    record Method(GoFunc func) implements GoMember {
    }

    static GoMember field(Object value) {
        return new Field(value);
    }

    static GoMember method(GoFunc func) {
        return new Method(func);
    }
}
