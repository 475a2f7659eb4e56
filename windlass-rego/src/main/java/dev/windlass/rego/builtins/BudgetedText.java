package dev.windlass.rego.builtins;

/**
  * A string that asks the evaluation's budget now and then while a Java regular expression reads
  * it, so that a pattern that backtracks badly (RE2 never does) stops when the budget is spent.
  */
final class BudgetedText implements CharSequence {
    private static final int CHECK_EVERY = 1 << 16;

    private final String text;
    private final BuiltinContext context;
    private int reads;

    /** Carries the budget's exception out of {@code java.util.regex}. */
    static final class Exhausted extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Exhausted(BuiltinException cause) {
            super(cause);
        }

        BuiltinException builtinException() {
            return (BuiltinException) getCause();
        }
    }

    BudgetedText(String text, BuiltinContext context) {
        this.text = text;
        this.context = context;
    }

    @Override
    public char charAt(int index) {
        if (context != null && ++reads % CHECK_EVERY == 0) {
            try {
                context.checkBudget();
            } catch (BuiltinException e) {
                throw new Exhausted(e);
            }
        }
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return text.subSequence(start, end);
    }

    @Override
    public String toString() {
        return text;
    }
}
