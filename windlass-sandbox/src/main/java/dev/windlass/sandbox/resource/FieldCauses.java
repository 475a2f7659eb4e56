package dev.windlass.sandbox.resource;

import dev.windlass.model.codec.JsonWriter;
import dev.windlass.model.tree.Node;
import dev.windlass.model.tree.StringNode;
import dev.windlass.sandbox.api.ApiException.Cause;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Field errors worded as kube-apiserver words them ({@code Invalid value: "x": …},
 * {@code Required value}, {@code Unsupported value: …}) and the DNS name rules behind most of them.
 */
final class FieldCauses {

    private static final String DNS1035_FORMAT = "[a-z]([-a-z0-9]*[a-z0-9])?";
    private static final Pattern DNS1035 = Pattern.compile(DNS1035_FORMAT);
    private static final String DNS1035_MESSAGE = "a DNS-1035 label must consist of lower case alphanumeric"
            + " characters or '-', start with an alphabetic character, and end with an alphanumeric character"
            + " (e.g. 'my-name',  or 'abc-123', regex used for validation is '" + DNS1035_FORMAT + "')";

    private static final String DNS1123_LABEL = "[a-z0-9]([-a-z0-9]*[a-z0-9])?";
    private static final String DNS1123_FORMAT = DNS1123_LABEL + "(\\." + DNS1123_LABEL + ")*";
    private static final Pattern DNS1123 = Pattern.compile(DNS1123_FORMAT);
    private static final String DNS1123_MESSAGE = "a lowercase RFC 1123 subdomain must consist of lower case"
            + " alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character"
            + " (e.g. 'example.com', regex used for validation is '" + DNS1123_FORMAT + "')";

    private FieldCauses() {
    }

    static Cause invalid(String field, Node value, String detail) {
        return new Cause("FieldValueInvalid", "Invalid value: " + render(value) + ": " + detail, field);
    }

    static Cause invalid(String field, String value, String detail) {
        return invalid(field, Node.of(value), detail);
    }

    static Cause required(String field, String detail) {
        return new Cause("FieldValueRequired", detail.isEmpty() ? "Required value" : "Required value: " + detail, field);
    }

    static Cause notSupported(String field, String value, List<String> supported) {
        StringBuilder message = new StringBuilder("Unsupported value: ").append(quote(value))
                .append(": supported values: ");
        for (int i = 0; i < supported.size(); i++) {
            message.append(i == 0 ? "" : ", ").append(quote(supported.get(i)));
        }
        return new Cause("FieldValueNotSupported", message.toString(), field);
    }

    /** The problems of {@code value} as a DNS-1035 label, empty when it is one. */
    static List<String> dns1035Label(String value) {
        List<String> problems = new ArrayList<>();
        if (value.length() > 63) {
            problems.add("must be no more than 63 characters");
        }
        if (!DNS1035.matcher(value).matches()) {
            problems.add(DNS1035_MESSAGE);
        }
        return problems;
    }

    /** The problems of {@code value} as a DNS-1123 subdomain, empty when it is one. */
    static List<String> dns1123Subdomain(String value) {
        List<String> problems = new ArrayList<>();
        if (value.length() > 253) {
            problems.add("must be no more than 253 characters");
        }
        if (!DNS1123.matcher(value).matches()) {
            problems.add(DNS1123_MESSAGE);
        }
        return problems;
    }

    /** Strings quoted as Go's {@code %q} does; other values as compact JSON. */
    private static String render(Node value) {
        return value instanceof StringNode s ? quote(s.value()) : JsonWriter.write(value, 0);
    }

    private static String quote(String value) {
        return JsonWriter.write(Node.of(value), 0);
    }
}
