package dev.windlass.rego.testing;

import dev.windlass.rego.CompileError;
import dev.windlass.rego.RegoEvalException;
import dev.windlass.rego.RegoParseException;
import dev.windlass.rego.ast.Location;
import java.util.List;

/**
  * Error text exactly as the {@code opa} command prints it. OPA names a place as {@code file:row}
  * when the file is known and {@code row:col} otherwise (the column is in its JSON output only),
  * and a list of errors as {@code 1 error occurred: …} or {@code N errors occurred:} plus one per
  * line.
  */
public final class OpaErrors {
    private OpaErrors() {}

    /** One error: {@code file:row: code: message}. */
    public static String line(Location location, String code, String message) {
        String prefix = "";
        if (location != null) {
            prefix = location.file() != null && !location.file().isEmpty()
                    ? location.file() + ":" + location.line()
                    : location.line() + ":" + location.column();
            prefix += ": ";
        }
        return prefix + (code == null || code.isEmpty() ? "" : code + ": ") + message;
    }

    /** A compile problem. */
    public static String of(CompileError error) {
        return line(error.location(), error.code(), error.message());
    }

    /** An evaluation error. */
    public static String of(RegoEvalException error) {
        return line(error.location(), error.code(), error.detail());
    }

    /** A parse error, without the source line OPA adds under it (see {@link #parseDetails}). */
    public static String of(RegoParseException error) {
        return line(error.location(), "rego_parse_error", error.detail());
    }

    /**
      * The two lines OPA prints under a parse error, each after a newline and a tab: the source
      * line (leading tabs removed) and a caret under the column. Empty when the line is unknown.
      */
    public static String parseDetails(String sourceLine, int column) {
        if (sourceLine == null) {
            return "";
        }
        String trimmed = sourceLine.replaceFirst("^\t+", "");
        int indent = Math.max(0, column - 1 - (sourceLine.length() - trimmed.length()));
        return "\n\t" + trimmed + "\n\t" + " ".repeat(indent) + "^";
    }

    /** Several errors: {@code 1 error occurred: X}, or {@code N errors occurred:} and one per line. */
    public static String occurred(List<String> errors) {
        if (errors.size() == 1) {
            return "1 error occurred: " + errors.get(0);
        }
        return errors.size() + " errors occurred:\n" + String.join("\n", errors);
    }
}
