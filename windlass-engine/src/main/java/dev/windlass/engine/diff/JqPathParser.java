package dev.windlass.engine.diff;

import dev.windlass.engine.diff.JqPath.And;
import dev.windlass.engine.diff.JqPath.Compare;
import dev.windlass.engine.diff.JqPath.Condition;
import dev.windlass.engine.diff.JqPath.Field;
import dev.windlass.engine.diff.JqPath.Index;
import dev.windlass.engine.diff.JqPath.Iterate;
import dev.windlass.model.tree.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the jq path expressions {@link JqPath} supports. Anything beyond that subset is refused
 * with an {@link Unsupported} naming the column, so the caller can report the expression rather
 * than silently ignore less than the user asked for.
 */
final class JqPathParser {

    /** An expression outside the supported subset, or not valid jq. */
    static final class Unsupported extends Exception {
        private static final long serialVersionUID = 1L;

        Unsupported(String message) {
            super(message);
        }
    }

    private static final Set<String> STRING_TESTS = Set.of("startswith", "endswith", "contains");

    private final String text;
    private int pos;

    private JqPathParser(String text) {
        this.text = text;
    }

    static JqPath parse(String text) throws Unsupported {
        JqPathParser parser = new JqPathParser(text);
        List<JqPath.Step> steps = parser.pipeline();
        parser.skipSpace();
        if (parser.pos < text.length()) {
            throw parser.unsupported("unexpected '" + text.charAt(parser.pos) + "'");
        }
        return new JqPath(text, steps);
    }

    private List<JqPath.Step> pipeline() throws Unsupported {
        List<JqPath.Step> steps = new ArrayList<>(stage());
        while (accept('|')) {
            steps.addAll(stage());
        }
        return steps;
    }

    private List<JqPath.Step> stage() throws Unsupported {
        skipSpace();
        if (acceptWord("select")) {
            expect('(');
            Condition condition = disjunction();
            expect(')');
            return List.of(new JqPath.Select(condition));
        }
        return path(true);
    }

    /** {@code .a.b[0][]?}; with {@code allowIterate} false (inside conditions) no {@code []}. */
    private List<JqPath.Step> path(boolean allowIterate) throws Unsupported {
        skipSpace();
        if (!accept('.')) {
            throw unsupported("expected a path starting with '.'");
        }
        List<JqPath.Step> steps = new ArrayList<>();
        if (pos < text.length() && (isNameStart(text.charAt(pos)) || text.charAt(pos) == '"')) {
            steps.add(field());
        }
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '[') {
                steps.add(bracket(allowIterate));
            } else if (c == '.' && pos + 1 < text.length() && text.charAt(pos + 1) == '[') {
                pos++;
                steps.add(bracket(allowIterate));
            } else if (c == '.') {
                pos++;
                steps.add(field());
            } else {
                break;
            }
        }
        return steps;
    }

    private JqPath.Step field() throws Unsupported {
        String name = pos < text.length() && text.charAt(pos) == '"' ? string() : name();
        return new Field(name, optional());
    }

    private JqPath.Step bracket(boolean allowIterate) throws Unsupported {
        pos++;
        skipSpace();
        if (accept(']')) {
            if (!allowIterate) {
                throw unsupported("'[]' inside select() yields many values; compare one field instead");
            }
            return new Iterate(optional());
        }
        JqPath.Step step;
        if (pos < text.length() && text.charAt(pos) == '"') {
            step = new Field(string(), false);
        } else {
            step = new Index(integer(), false);
        }
        expect(']');
        boolean optional = optional();
        return step instanceof Field f ? new Field(f.name(), optional) : new Index(((Index) step).index(), optional);
    }

    private boolean optional() {
        return accept('?');
    }

    private Condition disjunction() throws Unsupported {
        Condition left = conjunction();
        while (acceptWord("or")) {
            left = new JqPath.Or(left, conjunction());
        }
        return left;
    }

    private Condition conjunction() throws Unsupported {
        Condition left = comparison();
        while (acceptWord("and")) {
            left = new And(left, comparison());
        }
        return left;
    }

    private Condition comparison() throws Unsupported {
        skipSpace();
        if (accept('(')) {
            Condition inner = disjunction();
            expect(')');
            return inner;
        }
        List<JqPath.Step> path = path(false);
        skipSpace();
        if (accept('|')) {
            skipSpace();
            String function = name();
            if (!STRING_TESTS.contains(function)) {
                throw unsupported("function '" + function + "' (supported: startswith, endswith, contains)");
            }
            expect('(');
            skipSpace();
            String argument = string();
            expect(')');
            return new JqPath.StringTest(path, function, argument);
        }
        boolean negated;
        if (text.startsWith("==", pos)) {
            negated = false;
        } else if (text.startsWith("!=", pos)) {
            negated = true;
        } else {
            throw unsupported("expected ==, != or '| startswith(...)' in select()");
        }
        pos += 2;
        return new Compare(path, literal(), negated);
    }

    private Node literal() throws Unsupported {
        skipSpace();
        if (pos < text.length() && text.charAt(pos) == '"') {
            return Node.of(string());
        }
        for (String word : List.of("true", "false", "null")) {
            if (acceptWord(word)) {
                return word.equals("null") ? Node.nullNode() : Node.of(word.equals("true"));
            }
        }
        int start = pos;
        while (pos < text.length() && "+-.0123456789eE".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
        String number = text.substring(start, pos);
        try {
            return number.matches("-?[0-9]+") ? Node.of(Long.parseLong(number)) : Node.of(Double.parseDouble(number));
        } catch (NumberFormatException e) {
            pos = start;
            throw unsupported("expected a string, number, true, false or null");
        }
    }

    private String string() throws Unsupported {
        expect('"');
        StringBuilder out = new StringBuilder();
        while (pos < text.length() && text.charAt(pos) != '"') {
            char c = text.charAt(pos++);
            if (c == '\\' && pos < text.length()) {
                char escaped = text.charAt(pos++);
                out.append(switch (escaped) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    case 'r' -> '\r';
                    default -> escaped;
                });
            } else {
                out.append(c);
            }
        }
        expect('"');
        return out.toString();
    }

    private String name() throws Unsupported {
        int start = pos;
        while (pos < text.length() && (isNameStart(text.charAt(pos)) || Character.isDigit(text.charAt(pos)))) {
            pos++;
        }
        if (start == pos) {
            throw unsupported("expected a field name");
        }
        return text.substring(start, pos);
    }

    private int integer() throws Unsupported {
        int start = pos;
        if (pos < text.length() && text.charAt(pos) == '-') {
            pos++;
        }
        while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
            pos++;
        }
        try {
            return Integer.parseInt(text.substring(start, pos));
        } catch (NumberFormatException e) {
            pos = start;
            throw unsupported("expected an index, a quoted key or ']'");
        }
    }

    private static boolean isNameStart(char c) {
        return c == '_' || (c < 128 && Character.isLetter(c));
    }

    private boolean accept(char c) {
        skipSpace();
        if (pos < text.length() && text.charAt(pos) == c) {
            pos++;
            return true;
        }
        return false;
    }

    private boolean acceptWord(String word) {
        skipSpace();
        int end = pos + word.length();
        if (text.startsWith(word, pos) && (end == text.length() || !(isNameStart(text.charAt(end)) || Character.isDigit(text.charAt(end))))) {
            pos = end;
            return true;
        }
        return false;
    }

    private void expect(char c) throws Unsupported {
        if (!accept(c)) {
            throw unsupported("expected '" + c + "'");
        }
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private Unsupported unsupported(String what) {
        return new Unsupported("at column " + (pos + 1) + ": " + what);
    }
}
