package dev.windlass.pipelines.model;

import dev.windlass.model.tree.FieldPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Tekton's name rules (DNS-1123 labels, param and result name formats) and duplicate checks. */
final class Names {

    private static final Pattern DNS_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
    private static final Pattern DNS_SUBDOMAIN = Pattern.compile(
            "[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");
    private static final Pattern PARAM_NAME = Pattern.compile("[_a-zA-Z][_a-zA-Z0-9.-]*");
    private static final Pattern OBJECT_NAME = Pattern.compile("[_a-zA-Z][_a-zA-Z0-9-]*");
    private static final Pattern RESULT_NAME = Pattern.compile("([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]");

    private Names() {
    }

    static boolean isDnsLabel(String name) {
        return name.length() <= 63 && DNS_LABEL.matcher(name).matches();
    }

    static boolean isParamName(String name, boolean object) {
        return (object ? OBJECT_NAME : PARAM_NAME).matcher(name).matches();
    }

    static boolean isResultName(String name) {
        return RESULT_NAME.matcher(name).matches();
    }

    /**
     * Reports each item whose name an earlier item already has, at {@code list[i].name}.
     *
     * @param what the kind of item for the message ("step", "workspace" ...)
     */
    static <T> void unique(Reading reading, List<T> items, Function<T, String> name, FieldPath list, String what) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            String itemName = name.apply(items.get(i));
            if (itemName.isEmpty()) {
                continue;
            }
            Integer first = seen.putIfAbsent(itemName, i);
            if (first != null) {
                reading.error(ModelCodes.DUPLICATE, list.index(i).key("name"), what + " name \"" + itemName
                        + "\" must be unique, it is also defined at " + list.index(first) + "; rename or remove one");
            }
        }
    }

    /** Tekton's rule for {@code metadata.name}: a DNS-1123 subdomain of at most 63 characters. */
    static void objectName(Reading reading, String name, String generateName) {
        FieldPath at = FieldPath.of("metadata", "name");
        if (name.isEmpty()) {
            if (generateName.isEmpty()) {
                reading.error(ModelCodes.MISSING_FIELD, at, "missing field(s): metadata.name; give the object a"
                        + " name (or a generateName for runs)");
            }
        } else if (!DNS_SUBDOMAIN.matcher(name).matches()) {
            reading.error(ModelCodes.INVALID_FIELD, at, "invalid resource name \"" + name + "\": must be a valid"
                    + " DNS label (lower case letters, digits, '-' and '.')");
        } else if (name.length() > 63) {
            reading.error(ModelCodes.INVALID_FIELD, at, "Invalid resource name: length must be no more than 63"
                    + " characters");
        }
    }

    /** Reports a name that is not a DNS-1123 label (lower case letters, digits and '-', at most 63). */
    static void dnsLabel(Reading reading, String name, FieldPath at, String what) {
        if (name.isEmpty()) {
            reading.error(ModelCodes.MISSING_FIELD, at, "missing field(s): name; give the " + what + " a name");
        } else if (!isDnsLabel(name)) {
            reading.error(ModelCodes.INVALID_FIELD, at, "invalid value \"" + name + "\": " + what
                    + " name must be a valid DNS Label (lower case letters, digits and '-', starting and ending"
                    + " with a letter or digit, at most 63 characters)");
        }
    }
}
