package dev.windlass.rego;

import dev.windlass.rego.ast.Location;

/** Rego source that does not parse; the message reads {@code FILE:LINE:COL: rego_parse_error: MESSAGE}. */
public final class RegoParseException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Location location;
    private final String detail;

    /** Creates the error for a place in the source. */
    public RegoParseException(Location location, String detail) {
        super(location + ": rego_parse_error: " + detail);
        this.location = location;
        this.detail = detail;
    }

    /** Where parsing stopped. */
    public Location location() {
        return location;
    }

    /** The message without the location prefix. */
    public String detail() {
        return detail;
    }
}
