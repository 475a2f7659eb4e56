package dev.windlass.helm.values;

import java.util.ArrayList;
import java.util.List;

/**
 * One node of a JSON Schema validation error tree, printed as santhosh-tekuri/jsonschema v6 prints
 * it (the library Helm uses): {@code - at '/path': message}, causes indented beneath; a reference
 * with a single cause is transparent.
 */
record SchemaError(List<String> location, Kind kind, String message, List<SchemaError> causes) {

    /** What produced the error. */
    enum Kind { LEAF, GROUP, REFERENCE }

    SchemaError {
        location = List.copyOf(location);
        causes = List.copyOf(causes);
    }

    static SchemaError leaf(List<String> location, String message) {
        return new SchemaError(location, Kind.LEAF, message, List.of());
    }

    /** Several errors of one value ("validation failed"); flattened into its parent at the top. */
    static SchemaError group(List<String> location, List<SchemaError> causes) {
        return new SchemaError(location, Kind.GROUP, "validation failed", causes);
    }

    /** A keyword's failure explained by the failures of its subschemas (anyOf, allOf, oneOf, contains). */
    static SchemaError withCauses(List<String> location, String message, List<SchemaError> causes) {
        return new SchemaError(location, Kind.LEAF, message, causes);
    }

    /** The errors as Helm prints them under a chart name: one {@code - at …} line per cause. */
    static String display(List<SchemaError> roots) {
        StringBuilder sb = new StringBuilder();
        for (SchemaError e : roots) {
            e.display(sb, 1);
        }
        return sb.toString();
    }

    private void display(StringBuilder sb, int indent) {
        int next = indent;
        if (!(kind == Kind.REFERENCE && causes.size() == 1)) {
            if (!sb.isEmpty() || indent > 1) {
                sb.append('\n');
            }
            sb.append("  ".repeat(indent - 1)).append("- at ").append(quote(pointer(location))).append(": ")
                    .append(message);
            next = indent + 1;
        }
        for (SchemaError cause : causes) {
            cause.display(sb, next);
        }
    }

    static String pointer(List<String> tokens) {
        StringBuilder sb = new StringBuilder();
        for (String t : tokens) {
            sb.append('/').append(t.replace("~", "~0").replace("/", "~1"));
        }
        return sb.toString();
    }

    /** The library's quoting: Go {@code %q} with single quotes outside. */
    static String quote(String s) {
        String q = GoText.quote(s);
        q = q.replace("\\\"", "\"").replace("'", "\\'");
        return "'" + q.substring(1, q.length() - 1) + "'";
    }

    static List<String> append(List<String> location, String token) {
        List<String> out = new ArrayList<>(location);
        out.add(token);
        return out;
    }
}
