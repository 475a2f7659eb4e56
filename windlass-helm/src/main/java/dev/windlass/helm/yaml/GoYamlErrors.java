package dev.windlass.helm.yaml;

import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ScannerException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Words snakeyaml's syntax errors as go-yaml v2 does ({@code yaml: line N: problem}). Both parsers
 * descend from libyaml, so the problems and their places mostly agree; only the wording differs.
 * go-yaml numbers scanner errors from the problem's line (1-based) and parser errors from the line
 * before it (its 0-based line), falling back to the context's line.
 */
final class GoYamlErrors {

    /** snakeyaml's problem (prefix) → go-yaml's problem; the first match wins. */
    private static final List<Map.Entry<String, String>> PROBLEMS = List.of(
            Map.entry("could not find expected ':'", "could not find expected ':'"),
            Map.entry("mapping values are not allowed", "mapping values are not allowed in this context"),
            Map.entry("sequence entries are not allowed", "block sequence entries are not allowed in this context"),
            Map.entry("mapping keys are not allowed", "mapping keys are not allowed in this context"),
            Map.entry("found character", "found character that cannot start any token"),
            Map.entry("found a \\t(TAB)", "found character that cannot start any token"),
            Map.entry("found a key after", "found character that cannot start any token"),
            Map.entry("found unexpected end of stream", "found unexpected end of stream"),
            Map.entry("found unexpected document separator", "found unexpected document indicator"),
            Map.entry("found unknown escape character", "found unknown escape character"),
            Map.entry("expected ',' or ']'", "did not find expected ',' or ']'"),
            Map.entry("expected ',' or '}'", "did not find expected ',' or '}'"),
            Map.entry("expected the node content", "did not find expected node content"),
            Map.entry("expected '<document start>'", "did not find expected <document start>"),
            Map.entry("found undefined tag handle", "found undefined tag handle"),
            Map.entry("expected indentation indicator", "found an indentation indicator equal to 0"),
            Map.entry("expected chomping or indentation", "did not find expected comment or line break"),
            Map.entry("expected a comment or a line break", "did not find expected comment or line break"),
            Map.entry("expected alphabetic or numeric character", "did not find expected alphabetic or numeric character"));

    private GoYamlErrors() {
    }

    /** go-yaml's message for a snakeyaml failure, {@code yaml: } prefix included. */
    static String message(YamlEngineException e) {
        if (!(e instanceof MarkedYamlEngineException marked)) {
            return "yaml: " + e.getMessage();
        }
        String problem = problem(marked);
        int line = line(marked, e instanceof ScannerException);
        return line == 0 ? "yaml: " + problem : "yaml: line " + line + ": " + problem;
    }

    private static String problem(MarkedYamlEngineException e) {
        String problem = e.getProblem() == null ? "" : e.getProblem();
        if (problem.startsWith("expected <block end>")) {
            return e.getContext() != null && e.getContext().contains("collection")
                    ? "did not find expected '-' indicator" : "did not find expected key";
        }
        for (Map.Entry<String, String> entry : PROBLEMS) {
            if (problem.startsWith(entry.getKey())) {
                return entry.getValue();
            }
        }
        return problem.isEmpty() ? "unknown problem parsing YAML content" : problem;
    }

    private static int line(MarkedYamlEngineException e, boolean scanner) {
        int problemLine = e.getProblemMark().map(Mark::getLine).orElse(0);
        if (problemLine != 0) {
            return scanner ? problemLine + 1 : problemLine;
        }
        return e.getContextMark().map(Mark::getLine).orElse(0);
    }
}
