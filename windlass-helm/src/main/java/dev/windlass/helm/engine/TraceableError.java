package dev.windlass.helm.engine;

/** Helm's {@code TraceableError}: one Go template error message laid out as a trace block. */
final class TraceableError {

    private static final String PREFIX = "template: ";

    private TraceableError() {
    }

    /** The block for {@code message}, or null when it is not a template error. */
    static String parse(String message) {
        if (!message.startsWith(PREFIX)) {
            return null;
        }
        String remainder = message.substring(PREFIX.length());
        if (remainder.startsWith("no template ")) {
            return block("", "", message);
        }
        String executing = executingAt(remainder);
        if (executing != null) {
            return executing;
        }
        int sep = remainder.lastIndexOf(": ");
        if (sep < 0) {
            return null;
        }
        return block(remainder.substring(0, sep), "", cut(remainder.substring(sep + 2)));
    }

    private static String executingAt(String remainder) {
        int at = remainder.indexOf(": executing ");
        if (at < 0) {
            return null;
        }
        String location = remainder.substring(0, at);
        String after = remainder.substring(at + ": executing ".length());
        if (after.isEmpty() || after.charAt(0) != '"') {
            return null;
        }
        int endQuote = after.indexOf('"', 1);
        if (endQuote < 0) {
            return null;
        }
        String function = after.substring(1, endQuote);
        String afterFunction = after.substring(endQuote + 1);
        if (!afterFunction.startsWith(" at <")) {
            return null;
        }
        String afterAt = afterFunction.substring(" at <".length());
        int close = afterAt.indexOf(">: ");
        if (close < 0) {
            return null;
        }
        String node = afterAt.substring(0, close);
        String detail = cut(afterAt.substring(close + 3));
        return block(location, "executing \"" + function + "\" at <" + node + ">:", detail);
    }

    private static String cut(String message) {
        int cut = message.indexOf(" template:");
        return cut < 0 ? message : message.substring(0, cut);
    }

    private static String block(String location, String executed, String message) {
        StringBuilder out = new StringBuilder();
        if (!location.isEmpty()) {
            out.append(location).append("\n  ");
        }
        if (!executed.isEmpty()) {
            out.append(executed).append("\n    ");
        }
        if (!message.isEmpty()) {
            out.append(message).append('\n');
        }
        return out.toString();
    }
}
