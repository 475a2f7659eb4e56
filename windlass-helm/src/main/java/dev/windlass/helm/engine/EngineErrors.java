package dev.windlass.helm.engine;

import dev.windlass.gotemplate.GoFunctionException;
import dev.windlass.gotemplate.TemplateException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Helm's engine rewording of template errors: parse errors become {@code parse error at (LOC): MSG};
 * {@code required}/{@code fail} messages become {@code execution error at (LOC): MSG}; other
 * execution errors whose whole cause chain is template errors become an indented trace
 * ({@code LOC\n  executing "NAME" at <NODE>:\n    MSG}, one block per nested {@code include});
 * anything else keeps Go's text.
 */
final class EngineErrors {

    static final String WARN_START = "HELM_ERR_START";
    static final String WARN_END = "HELM_ERR_END";
    private static final Pattern WARN = Pattern.compile(WARN_START + "(.*)" + WARN_END, Pattern.DOTALL);

    private EngineErrors() {
    }

    static String warnWrap(String message) {
        return WARN_START + message + WARN_END;
    }

    /** Helm's {@code cleanupParseError}. */
    static String parseError(String filename, TemplateException e) {
        String[] tokens = e.getMessage().split(": ", -1);
        if (tokens.length == 1) {
            return "parse error in (" + filename + "): " + e.getMessage();
        }
        return "parse error at (" + tokens[1] + "): " + tokens[tokens.length - 1];
    }

    /** Helm's {@code reformatExecErrorMsg}. */
    static String execError(String filename, TemplateException e) {
        String message = e.getMessage();
        if (e.phase() != TemplateException.Phase.EXEC) {
            return message;
        }
        String[] tokens = message.split(": ", 3);
        if (tokens.length != 3) {
            return "execution error in (" + filename + "): " + message;
        }
        Matcher warn = WARN.matcher(tokens[2]);
        if (warn.find()) {
            return "execution error at (" + tokens[1] + "): " + warn.group(1);
        }
        List<String> chain = chain(e);
        if (chain == null) {
            return message;
        }
        StringBuilder out = new StringBuilder();
        String previous = null;
        for (String link : chain) {
            String traced = TraceableError.parse(link);
            if (traced == null) {
                return message;
            }
            if (!traced.equals(previous)) {
                out.append(traced);
            }
            previous = traced;
        }
        return out.toString().strip();
    }

    /**
     * The messages of Go's error chain below {@code e}: each template error, then the template
     * error an {@code include} passed through. Null when the chain reaches a non-template error.
     */
    private static List<String> chain(TemplateException e) {
        List<String> chain = new ArrayList<>();
        TemplateException current = e;
        while (current != null) {
            chain.add(current.getMessage());
            if (!current.detail().startsWith("error calling ")) {
                return chain;
            }
            GoFunctionException function = functionError(current);
            if (function == null) {
                return null;
            }
            if (function.getCause() instanceof TemplateException inner && inner.getMessage().equals(function.getMessage())) {
                current = inner;
            } else if (function.getCause() instanceof NoTemplate) {
                chain.add(function.getMessage());
                return chain;
            } else {
                return null;
            }
        }
        return chain;
    }

    private static GoFunctionException functionError(TemplateException e) {
        Throwable cause = e.getCause();
        while (cause != null && !(cause instanceof GoFunctionException)) {
            cause = cause.getCause();
        }
        return (GoFunctionException) cause;
    }

    /** Marks Go's {@code no template "X" associated with template "Y"} error, which Helm traces as is. */
    static final class NoTemplate extends Exception {

        private static final long serialVersionUID = 1L;

        NoTemplate(String message) {
            super(message, null, false, false);
        }
    }
}
