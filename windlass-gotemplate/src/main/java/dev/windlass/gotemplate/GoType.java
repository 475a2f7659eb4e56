package dev.windlass.gotemplate;

/**
 * The Go parameter types template functions declare. The executor converts each argument to its
 * parameter's type with Go's rules (an untyped constant fits any numeric type it can represent; a
 * typed value must match; {@code nil} is only accepted by {@link #ANY}, {@link #LIST} and
 * {@link #MAP}) and otherwise fails with Go's texts ({@code wrong type for value; expected string;
 * got int}, {@code invalid value; expected string}).
 *
 * <p>Java representation of Go values throughout this library: {@code null} is nil,
 * {@link Boolean} bool, {@link String} string, {@link Integer} int, {@link Long} int64,
 * {@link Double} float64, {@link java.util.Map Map&lt;String,Object&gt;} map[string]interface{},
 * {@link java.util.List List&lt;Object&gt;} []interface{}, {@code byte[]} []byte, and
 * {@link GoObject} any struct or pointer with fields and methods.
 */
public enum GoType {
    /** {@code interface{}}: any value, passed as is. */
    ANY("interface {}"),
    STRING("string"),
    /** Go's {@code int}, represented as {@link Integer}. */
    INT("int"),
    /** Go's {@code int64}, represented as {@link Long}. */
    INT64("int64"),
    FLOAT64("float64"),
    BOOL("bool"),
    /** {@code []interface{}}. */
    LIST("[]interface {}"),
    /** {@code []string}, represented as a {@code List<String>}. */
    STRING_LIST("[]string"),
    /** {@code map[string]interface{}}. */
    MAP("map[string]interface {}"),
    /** {@code []byte}. */
    BYTES("[]uint8");

    private final String goName;

    GoType(String goName) {
        this.goName = goName;
    }

    /** The type as Go prints it in error messages. */
    public String goName() {
        return goName;
    }
}
