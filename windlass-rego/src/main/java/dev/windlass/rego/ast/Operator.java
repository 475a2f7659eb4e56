package dev.windlass.rego.ast;

/** Rego infix operators, each with its source symbol and binding precedence (higher binds tighter). */
public enum Operator {
    ASSIGN(":=", 0),
    UNIFY("=", 0),
    IN("in", 1),
    EQ("==", 2),
    NEQ("!=", 2),
    LT("<", 2),
    LTE("<=", 2),
    GT(">", 2),
    GTE(">=", 2),
    OR("|", 3),
    AND("&", 4),
    PLUS("+", 5),
    MINUS("-", 5),
    MUL("*", 6),
    DIV("/", 6),
    MOD("%", 6);

    private final String symbol;
    private final int precedence;

    Operator(String symbol, int precedence) {
        this.symbol = symbol;
        this.precedence = precedence;
    }

    /** The operator as written in Rego source. */
    public String symbol() {
        return symbol;
    }

    /** Binding strength: {@code *} (6) binds tighter than {@code +} (5), and so on down to {@code :=} (0). */
    public int precedence() {
        return precedence;
    }
}
