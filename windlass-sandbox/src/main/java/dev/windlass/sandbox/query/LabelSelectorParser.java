package dev.windlass.sandbox.query;

import dev.windlass.sandbox.api.ApiException;
import dev.windlass.sandbox.query.LabelSelector.Operator;
import dev.windlass.sandbox.query.LabelSelector.Requirement;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Reads the string form of a label selector the way apimachinery's {@code labels.Parse} does, token
 * for token, so that bad input fails with the same message ({@code found 'x', expected: …}).
 * Whitespace (space, tab, CR, LF) separates tokens; {@code in} and {@code notin} are keywords only
 * where an operator may stand.
 */
final class LabelSelectorParser {

    private enum Kind { END, CLOSE, COMMA, BANG, DOUBLE_EQUALS, EQUALS, GREATER, IDENTIFIER, IN, LESS, NOT_EQUALS,
        NOT_IN, OPEN }

    private record Token(Kind kind, String text) {
    }

    private static final String BINARY_OPERATORS = "in, notin, =, ==, !=, >, <";

    private final List<Token> tokens;
    private int position;

    LabelSelectorParser(String text) {
        this.tokens = scan(text);
    }

    List<Requirement> parse() {
        List<Requirement> requirements = new ArrayList<>();
        while (true) {
            Token next = peek(true);
            if (next.kind == Kind.END) {
                return requirements;
            }
            if (next.kind != Kind.IDENTIFIER && next.kind != Kind.BANG) {
                throw fail("found '" + next.text + "', expected: !, identifier, or 'end of string'");
            }
            try {
                requirements.add(requirement());
            } catch (ParseFailure e) {
                throw fail("unable to parse requirement: " + e.getMessage());
            }
            Token after = take(true);
            if (after.kind == Kind.END) {
                return requirements;
            }
            if (after.kind != Kind.COMMA) {
                throw fail("found '" + after.text + "', expected: ',' or 'end of string'");
            }
            Token following = peek(true);
            if (following.kind != Kind.IDENTIFIER && following.kind != Kind.BANG) {
                throw fail("found '" + following.text + "', expected: identifier after ','");
            }
        }
    }

    private Requirement requirement() {
        Operator operator = null;
        Token token = take(true);
        if (token.kind == Kind.BANG) {
            operator = Operator.DOES_NOT_EXIST;
            token = take(true);
        }
        if (token.kind != Kind.IDENTIFIER) {
            throw new ParseFailure("found '" + token.text + "', expected: identifier");
        }
        String key = token.text;
        String keyError = RequirementErrors.keyError(key, "<nil>");
        if (keyError != null) {
            throw new ParseFailure(keyError);
        }
        Kind next = peek(true).kind;
        if (operator == null && (next == Kind.END || next == Kind.COMMA)) {
            operator = Operator.EXISTS;
        }
        if (operator != null) {
            return checked(key, operator, List.of());
        }
        operator = binaryOperator();
        List<String> values = operator == Operator.IN || operator == Operator.NOT_IN ? setValues() : exactValue();
        return checked(key, operator, values);
    }

    private static Requirement checked(String key, Operator operator, List<String> values) {
        List<String> errors = RequirementErrors.check(key, operator, values);
        if (!errors.isEmpty()) {
            throw new ParseFailure(RequirementErrors.aggregate(errors));
        }
        return new Requirement(key, operator, values);
    }

    private Operator binaryOperator() {
        Token token = take(false);
        return switch (token.kind) {
            case IN -> Operator.IN;
            case NOT_IN -> Operator.NOT_IN;
            case EQUALS -> Operator.EQUALS;
            case DOUBLE_EQUALS -> Operator.DOUBLE_EQUALS;
            case NOT_EQUALS -> Operator.NOT_EQUALS;
            case GREATER -> Operator.GREATER_THAN;
            case LESS -> Operator.LESS_THAN;
            default -> throw new ParseFailure("found '" + token.text + "', expected: " + BINARY_OPERATORS);
        };
    }

    private List<String> setValues() {
        Token open = take(true);
        if (open.kind != Kind.OPEN) {
            throw new ParseFailure("found '" + open.text + "' expected: '('");
        }
        Token first = peek(true);
        switch (first.kind) {
            case IDENTIFIER, COMMA -> {
                TreeSet<String> values = identifierList();
                take(true);
                return new ArrayList<>(values);
            }
            case CLOSE -> {
                take(true);
                return List.of("");
            }
            default -> throw new ParseFailure("found '" + first.text + "', expected: ',', ')' or identifier");
        }
    }

    /** A comma-separated list of possibly empty values, up to (not including) the closing parenthesis. */
    private TreeSet<String> identifierList() {
        TreeSet<String> values = new TreeSet<>();
        while (true) {
            Token token = take(true);
            if (token.kind == Kind.IDENTIFIER) {
                values.add(token.text);
                Token next = peek(true);
                if (next.kind == Kind.CLOSE) {
                    return values;
                }
                if (next.kind != Kind.COMMA) {
                    throw new ParseFailure("found '" + next.text + "', expected: ',' or ')'");
                }
            } else if (token.kind == Kind.COMMA) {
                if (values.isEmpty()) {
                    values.add("");
                }
                Kind next = peek(true).kind;
                if (next == Kind.CLOSE) {
                    values.add("");
                    return values;
                }
                if (next == Kind.COMMA) {
                    take(true);
                    values.add("");
                }
            } else {
                throw new ParseFailure("found '" + token.text + "', expected: ',', or identifier");
            }
        }
    }

    private List<String> exactValue() {
        Kind next = peek(true).kind;
        if (next == Kind.END || next == Kind.COMMA) {
            return List.of("");
        }
        Token token = take(true);
        if (token.kind == Kind.IDENTIFIER) {
            return List.of(token.text);
        }
        throw new ParseFailure("found '" + token.text + "', expected: identifier");
    }

    /** The next token; where values may stand, {@code in} and {@code notin} are plain identifiers. */
    private Token peek(boolean valueContext) {
        return asValue(tokens.get(position), valueContext);
    }

    private Token take(boolean valueContext) {
        Token token = tokens.get(position);
        if (token.kind != Kind.END) {
            position++;
        }
        return asValue(token, valueContext);
    }

    private static Token asValue(Token token, boolean valueContext) {
        if (valueContext && (token.kind == Kind.IN || token.kind == Kind.NOT_IN)) {
            return new Token(Kind.IDENTIFIER, token.text);
        }
        return token;
    }

    private static ApiException fail(String message) {
        return ApiException.badRequest(message);
    }

    private static List<Token> scan(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (true) {
            while (i < text.length() && isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i >= text.length()) {
                tokens.add(new Token(Kind.END, ""));
                return tokens;
            }
            int start = i;
            if (isSpecial(text.charAt(i))) {
                Kind kind = symbol(String.valueOf(text.charAt(i)));
                i++;
                if (i < text.length() && isSpecial(text.charAt(i))) {
                    Kind longer = symbol(text.substring(start, i + 1));
                    if (longer != null) {
                        kind = longer;
                        i++;
                    }
                }
                tokens.add(new Token(kind, text.substring(start, i)));
            } else {
                while (i < text.length() && !isSpecial(text.charAt(i)) && !isWhitespace(text.charAt(i))) {
                    i++;
                }
                String word = text.substring(start, i);
                Kind kind = word.equals("in") ? Kind.IN : word.equals("notin") ? Kind.NOT_IN : Kind.IDENTIFIER;
                tokens.add(new Token(kind, word));
            }
        }
    }

    private static Kind symbol(String text) {
        return switch (text) {
            case ")" -> Kind.CLOSE;
            case "," -> Kind.COMMA;
            case "!" -> Kind.BANG;
            case "==" -> Kind.DOUBLE_EQUALS;
            case "=" -> Kind.EQUALS;
            case ">" -> Kind.GREATER;
            case "<" -> Kind.LESS;
            case "!=" -> Kind.NOT_EQUALS;
            case "(" -> Kind.OPEN;
            default -> null;
        };
    }

    private static boolean isWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }

    private static boolean isSpecial(char c) {
        return c == '=' || c == '!' || c == '(' || c == ')' || c == ',' || c == '>' || c == '<';
    }

    /** A failure inside one requirement, reported by {@link #parse()} with its prefix. */
    private static final class ParseFailure extends RuntimeException {
        ParseFailure(String message) {
            super(message, null, false, false);
        }
    }
}
