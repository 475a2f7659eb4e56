package dev.windlass.engine.diff;

/** The diff package's messages and issue codes, in one place. */
final class DiffMessages {

    static final String INVALID_IGNORE_DIFFERENCE = "InvalidIgnoreDifference";
    static final String UNSUPPORTED_JQ = "UnsupportedJqPathExpression";

    private DiffMessages() {
    }

    static String notAMap() {
        return "each ignoreDifferences entry must be a map with at least 'kind'; write it as"
                + " '- group: apps\\n  kind: Deployment\\n  jsonPointers: [/spec/replicas]'";
    }

    static String missingKind() {
        return "the ignoreDifferences entry has no 'kind'; add the kind it applies to (or '*' for any)";
    }

    static String notText(String field) {
        return "'" + field + "' must be a string; quote the value";
    }

    static String notTextList(String field) {
        return "'" + field + "' must be a list of strings, e.g. '" + field + ": [\"...\"]'";
    }

    static String badPointer(String pointer, String reason) {
        return "the JSON pointer '" + pointer + "' is malformed (" + reason + "); write it like /spec/replicas";
    }

    static String unsupportedJq(String expression, String reason) {
        return "the jq path expression '" + expression + "' is not supported by Windlass (" + reason
                + ") and is not applied; use a JSON pointer, or a path such as"
                + " '.spec.template.spec.containers[] | select(.name == \"x\") | .image'";
    }
}
