package dev.windlass.rego;

/**
  * Every parse error message of this module, worded like OPA's so users can search for them; the
  * location prefix and {@code rego_parse_error} are added by {@link RegoParseException}.
  */
final class ParseMessages {
    static final String EMPTY_BODY = "found empty body";
    static final String EMPTY_QUERY = "empty query";
    static final String UNTERMINATED_STRING = "unterminated string";
    static final String UNTERMINATED_RAW_STRING = "unterminated raw string";
    static final String BAD_UNICODE_ESCAPE = "invalid unicode escape in string";
    static final String TOO_MANY_SOME_NAMES = "unexpected `,`: expected at most a key and a value before `in`";
    static final String SOME_NEEDS_VARIABLE = "expected a variable after `some`";
    static final String IMPORT_AFTER_RULE = "unexpected keyword `import`: imports must come before rules";
    static final String BAD_FUTURE_IMPORT = "invalid import, must be `future.keywords` or `future.keywords.<keyword>`";
    static final String BAD_REGO_IMPORT = "invalid import `rego`, must be `rego.v1`";
    static final String NO_BODY_OR_VALUE = "rule must have a body or assignment";
    static final String INVALID_RULE_HEAD = "invalid rule head";
    static final String CONTAINS_REQUIRED = "`contains` keyword is required for partial set rules";
    static final String IF_REQUIRED = "`if` keyword is required before rule body";
    static final String SPACE_AFTER_DOT = "invalid whitespace between . and identifier";

    private ParseMessages() {}

    static String expected(String what, Token found) {
        return "expected " + what + " but found " + found.describe();
    }

    static String unexpected(Token found) {
        return found.kind() == Token.Kind.EOF ? "unexpected EOF" : "unexpected " + found.describe();
    }

    static String unexpected(Token found, String expected) {
        return unexpected(found) + ": expected " + expected;
    }

    static String unexpectedKeyword(String keyword) {
        return "unexpected keyword `" + keyword + "`";
    }

    static String unknownFutureKeyword(String keyword) {
        return unexpectedKeyword(keyword) + ", must be one of: contains, every, if, in";
    }

    static String illegalToken(char c) {
        return "illegal token `" + c + "`";
    }

    static String illegalEscape(char e) {
        return "illegal escape sequence `\\" + e + "` in string";
    }

    static String tooDeep(int max) {
        return "nesting is deeper than " + max + " levels";
    }

    static String invalidDefaultValue(String kind) {
        return "invalid `" + kind + "` in default value";
    }

    static String defaultNeedsValue(String rule) {
        return "default rule must have a value: `default " + rule + " := <value>`";
    }

    static String badImportRoot(String root) {
        return "import path must begin with one of: {data, input, future, rego}, not `" + root + "`";
    }

    static String invalidPath(String what) {
        return "invalid " + what + " path";
    }
}
