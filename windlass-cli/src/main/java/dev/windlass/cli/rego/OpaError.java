package dev.windlass.cli.rego;

import dev.windlass.rego.CompileError;
import dev.windlass.rego.RegoCompileException;
import dev.windlass.rego.RegoEvalException;
import dev.windlass.rego.RegoParseException;
import dev.windlass.rego.ast.Location;
import dev.windlass.rego.testing.OpaErrors;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
  * One error as {@code opa} reports it: a message, and for Rego errors a code and a place; a parse
  * error also carries the source line and the caret position OPA shows under it.
  *
  * @param code OPA's code ({@code rego_parse_error} …), or null for a loading error
  * @param message the message
  * @param location where, or null
  * @param sourceLine the source line of a parse error, or null
  */
record OpaError(String code, String message, Location location, String sourceLine) {

    /** A loading error (missing file, bad JSON): a message only. */
    static OpaError plain(String message) {
        return new OpaError(null, message, null, null);
    }

    /** A parse error; {@code source} is the text that was parsed (for the line under the message), or null. */
    static OpaError parse(RegoParseException e, String source) {
        return new OpaError("rego_parse_error", e.detail(), e.location(), lineOf(source, e.location()));
    }

    static List<OpaError> compile(RegoCompileException e) {
        List<OpaError> errors = new ArrayList<>();
        for (CompileError c : e.errors()) {
            errors.add(new OpaError(c.code(), c.message(), c.location(), null));
        }
        return errors;
    }

    static OpaError eval(RegoEvalException e) {
        return new OpaError(e.code(), e.detail(), e.location(), null);
    }

    /** The text OPA prints: {@code file:row: code: message}, plus the source line and caret of a parse error. */
    String text() {
        String line = code == null ? message : OpaErrors.line(location, code, message);
        return sourceLine == null ? line : line + OpaErrors.parseDetails(sourceLine, location.column());
    }

    /** The JSON object OPA prints in {@code {"errors": […]}} (its fields in OPA's struct order). */
    Map<String, Object> json() {
        Map<String, Object> out = new LinkedHashMap<>();
        if (sourceLine != null) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("line", sourceLine);
            details.put("idx", Math.max(0, location.column() - 1));
            out.put("details", details);
        }
        if (location != null) {
            Map<String, Object> loc = new LinkedHashMap<>();
            loc.put("file", location.file() == null ? "" : location.file());
            loc.put("row", location.line());
            loc.put("col", location.column());
            out.put("location", loc);
        }
        out.put("message", message);
        if (code != null) {
            out.put("code", code);
        }
        return out;
    }

    /** {@code 1 error occurred: …} or {@code N errors occurred:} and one per line. */
    static String occurred(List<OpaError> errors) {
        return OpaErrors.occurred(errors.stream().map(OpaError::text).toList());
    }

    private static String lineOf(String source, Location location) {
        if (source == null || location == null || location.line() < 1) {
            return null;
        }
        String[] lines = source.split("\r?\n", -1);
        return location.line() <= lines.length ? lines[location.line() - 1] : null;
    }
}
