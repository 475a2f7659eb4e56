package dev.windlass.cli.rego;

import dev.windlass.rego.ast.Body;
import dev.windlass.rego.ast.Literal;
import java.util.ArrayList;
import java.util.List;

/**
  * The source text of each top-level expression of a query, as {@code opa eval} prints it in
  * {@code "text"}: from where the expression starts to where the next one starts, without the
  * separating {@code ;}, newline or spaces.
  */
final class ExpressionTexts {
    private ExpressionTexts() {}

    static List<String> of(Body query, String source) {
        List<Literal> literals = query.literals();
        List<Integer> starts = new ArrayList<>();
        for (Literal l : literals) {
            starts.add(offset(source, l.location().line(), l.location().column()));
        }
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < literals.size(); i++) {
            int end = i + 1 < literals.size() ? starts.get(i + 1) : source.length();
            String text = source.substring(Math.min(starts.get(i), end), end).strip();
            texts.add(text.endsWith(";") ? text.substring(0, text.length() - 1).strip() : text);
        }
        return texts;
    }

    private static int offset(String source, int line, int column) {
        int pos = 0;
        for (int l = 1; l < line; l++) {
            int nl = source.indexOf('\n', pos);
            if (nl < 0) {
                return source.length();
            }
            pos = nl + 1;
        }
        return Math.max(0, Math.min(source.length(), pos + column - 1));
    }
}
