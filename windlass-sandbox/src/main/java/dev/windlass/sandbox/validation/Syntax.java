package dev.windlass.sandbox.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The string formats Kubernetes names, label keys and values, and config keys must follow, each
 * check returning kube-apiserver's own messages (apimachinery {@code util/validation}, Kubernetes
 * 1.34 wording), or an empty list when the value is valid. Callers wrap the messages into field
 * causes with {@link FieldErrors}.
 */
public final class Syntax {

    /** Longest DNS-1123 label (and label value, and label key name part). */
    public static final int LABEL_MAX = 63;
    /** Longest DNS-1123 subdomain. */
    public static final int SUBDOMAIN_MAX = 253;

    static final String LABEL_FMT = "[a-z0-9]([-a-z0-9]*[a-z0-9])?";
    static final String SUBDOMAIN_FMT = LABEL_FMT + "(\\." + LABEL_FMT + ")*";
    static final String DNS1035_FMT = "[a-z]([-a-z0-9]*[a-z0-9])?";
    static final String QUALIFIED_NAME_FMT = "([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]";
    static final String LABEL_VALUE_FMT = "(" + QUALIFIED_NAME_FMT + ")?";
    static final String CONFIG_KEY_FMT = "[-._a-zA-Z0-9]+";

    private static final Pattern LABEL = Pattern.compile(LABEL_FMT);
    private static final Pattern SUBDOMAIN = Pattern.compile(SUBDOMAIN_FMT);
    private static final Pattern DNS1035 = Pattern.compile(DNS1035_FMT);
    private static final Pattern QUALIFIED_NAME = Pattern.compile(QUALIFIED_NAME_FMT);
    private static final Pattern LABEL_VALUE = Pattern.compile(LABEL_VALUE_FMT);
    private static final Pattern CONFIG_KEY = Pattern.compile(CONFIG_KEY_FMT);

    private static final String LABEL_MSG = "a lowercase RFC 1123 label must consist of lower case alphanumeric"
            + " characters or '-', and must start and end with an alphanumeric character";
    private static final String SUBDOMAIN_MSG = "a lowercase RFC 1123 subdomain must consist of lower case"
            + " alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character";
    private static final String DNS1035_MSG = "a DNS-1035 label must consist of lower case alphanumeric characters"
            + " or '-', start with an alphabetic character, and end with an alphanumeric character";
    private static final String QUALIFIED_NAME_MSG = "must consist of alphanumeric characters, '-', '_' or '.',"
            + " and must start and end with an alphanumeric character";
    private static final String LABEL_VALUE_MSG = "a valid label must be an empty string or consist of alphanumeric"
            + " characters, '-', '_' or '.', and must start and end with an alphanumeric character";
    private static final String CONFIG_KEY_MSG =
            "a valid config key must consist of alphanumeric characters, '-', '_' or '.'";

    private Syntax() {
    }

    /** A DNS-1123 label: lower-case alphanumerics and '-', at most 63 characters (namespaces, container names). */
    public static List<String> dnsLabel(String value) {
        List<String> errors = new ArrayList<>();
        if (value.length() > LABEL_MAX) {
            errors.add(maxLength(LABEL_MAX));
        }
        if (!LABEL.matcher(value).matches()) {
            errors.add(SUBDOMAIN.matcher(value).matches()
                    ? "must not contain dots"
                    : regexError(LABEL_MSG, LABEL_FMT, "my-name", "123-abc"));
        }
        return errors;
    }

    /** A DNS-1123 subdomain: labels joined by dots, at most 253 characters (most object names). */
    public static List<String> dnsSubdomain(String value) {
        List<String> errors = new ArrayList<>();
        if (value.length() > SUBDOMAIN_MAX) {
            errors.add(maxLength(SUBDOMAIN_MAX));
        }
        if (!SUBDOMAIN.matcher(value).matches()) {
            errors.add(regexError(SUBDOMAIN_MSG, SUBDOMAIN_FMT, "example.com"));
        }
        return errors;
    }

    /** A DNS-1035 label: like a DNS-1123 label but starting with a letter (service names). */
    public static List<String> dns1035Label(String value) {
        List<String> errors = new ArrayList<>();
        if (value.length() > LABEL_MAX) {
            errors.add(maxLength(LABEL_MAX));
        }
        if (!DNS1035.matcher(value).matches()) {
            errors.add(regexError(DNS1035_MSG, DNS1035_FMT, "my-name", "abc-123"));
        }
        return errors;
    }

    /** A name usable as one URL path segment: anything but {@code .}, {@code ..}, or text with '/' or '%'. */
    public static List<String> pathSegment(String value) {
        if (value.equals(".") || value.equals("..")) {
            return List.of("may not be '" + value + "'");
        }
        List<String> errors = new ArrayList<>();
        for (String forbidden : List.of("/", "%")) {
            if (value.contains(forbidden)) {
                errors.add("may not contain '" + forbidden + "'");
            }
        }
        return errors;
    }

    /**
     * A qualified name, the format of label and annotation keys and finalizers: an optional
     * DNS-subdomain prefix and '/', then a name of at most 63 alphanumerics, '-', '_' or '.'.
     */
    public static List<String> qualifiedName(String value) {
        List<String> errors = new ArrayList<>();
        String[] parts = value.split("/", -1);
        String name;
        if (parts.length == 1) {
            name = parts[0];
        } else if (parts.length == 2) {
            String prefix = parts[0];
            name = parts[1];
            if (prefix.isEmpty()) {
                errors.add("prefix part must be non-empty");
            } else {
                dnsSubdomain(prefix).forEach(message -> errors.add("prefix part " + message));
            }
        } else {
            errors.add("a qualified name " + regexError(QUALIFIED_NAME_MSG, QUALIFIED_NAME_FMT, "MyName", "my.name",
                    "123-abc") + " with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')");
            return errors;
        }
        if (name.isEmpty()) {
            errors.add("name part must be non-empty");
        } else if (name.length() > LABEL_MAX) {
            errors.add("name part " + maxLength(LABEL_MAX));
        }
        if (!QUALIFIED_NAME.matcher(name).matches()) {
            errors.add("name part " + regexError(QUALIFIED_NAME_MSG, QUALIFIED_NAME_FMT, "MyName", "my.name", "123-abc"));
        }
        return errors;
    }

    /** A label value: empty, or at most 63 alphanumerics, '-', '_' or '.' starting and ending alphanumeric. */
    public static List<String> labelValue(String value) {
        List<String> errors = new ArrayList<>();
        if (value.length() > LABEL_MAX) {
            errors.add(maxLength(LABEL_MAX));
        }
        if (!LABEL_VALUE.matcher(value).matches()) {
            errors.add(regexError(LABEL_VALUE_MSG, LABEL_VALUE_FMT, "MyValue", "my_value", "12345"));
        }
        return errors;
    }

    /** A ConfigMap or Secret data key: alphanumerics, '-', '_' or '.', not {@code .}, {@code ..} or {@code ..x}. */
    public static List<String> configMapKey(String value) {
        List<String> errors = new ArrayList<>();
        if (value.length() > SUBDOMAIN_MAX) {
            errors.add(maxLength(SUBDOMAIN_MAX));
        }
        if (!CONFIG_KEY.matcher(value).matches()) {
            errors.add(regexError(CONFIG_KEY_MSG, CONFIG_KEY_FMT, "key.name", "KEY_NAME", "key-name"));
        }
        if (value.equals(".")) {
            errors.add("must not be '.'");
        } else if (value.equals("..")) {
            errors.add("must not be '..'");
        } else if (value.startsWith("..")) {
            errors.add("must not start with '..'");
        }
        return errors;
    }

    /** A port number: 1 to 65535. */
    public static List<String> portNumber(long port) {
        return port >= 1 && port <= 65535 ? List.of() : List.of("must be between 1 and 65535, inclusive");
    }

    /** The server's length message: {@code must be no more than 63 characters}. */
    public static String maxLength(int length) {
        return "must be no more than " + length + " characters";
    }

    /** The server's pattern message: the rule, examples and the regular expression it checks with. */
    static String regexError(String message, String regex, String... examples) {
        StringBuilder out = new StringBuilder(message);
        if (examples.length == 0) {
            return out.append(" (regex used for validation is '").append(regex).append("')").toString();
        }
        out.append(" (e.g. ");
        for (int i = 0; i < examples.length; i++) {
            if (i > 0) {
                out.append(" or ");
            }
            out.append('\'').append(examples[i]).append("', ");
        }
        return out.append("regex used for validation is '").append(regex).append("')").toString();
    }
}
