package dev.windlass.sandbox.fault;

/**
 * A fault plan in JSON that cannot be used: {@link #field()} names the bad field
 * ({@code errors[0].rate}) and the message says what is allowed.
 */
public final class FaultRulesException extends IllegalArgumentException {

    private final String field;

    public FaultRulesException(String field, String problem) {
        super(field.isEmpty() ? problem : field + ": " + problem);
        this.field = field;
    }

    /** The path of the bad field, {@code ""} for the whole document. */
    public String field() {
        return field;
    }
}
