package dev.windlass.rego;

import dev.windlass.rego.ast.Body;
import dev.windlass.rego.ast.Module;
import dev.windlass.rego.ast.RegoVersion;
import java.util.List;

/**
  * Parses Rego source into an immutable {@link Module}.
  *
  * <p>{@link #parse(String, String)} picks the syntax: a module importing {@code rego.v1} is v1; one
  * importing {@code future.keywords} is v0 with those keywords; any other module is read as v1
  * first and as v0 when that fails (the error that got further is reported when both fail).
  */
public final class RegoParser {
    private RegoParser() {}

    /** Parses a module, choosing v0 or v1 syntax as described on the class. */
    public static Module parse(String file, String text) throws RegoParseException {
        List<Token> tokens = new Lexer(file, text).tokenize();
        if (imports(tokens, "rego", "v1")) {
            return new ModuleParser(tokens, RegoVersion.V1).parse(file);
        }
        if (imports(tokens, "future", "keywords")) {
            return new ModuleParser(tokens, RegoVersion.V0).parse(file);
        }
        try {
            return new ModuleParser(tokens, RegoVersion.V1).parse(file);
        } catch (RegoParseException v1Error) {
            try {
                return new ModuleParser(tokens, RegoVersion.V0).parse(file);
            } catch (RegoParseException v0Error) {
                throw further(v0Error, v1Error);
            }
        }
    }

    /** Parses a module with the given syntax. */
    public static Module parse(String file, String text, RegoVersion version) throws RegoParseException {
        return new ModuleParser(new Lexer(file, text).tokenize(), version).parse(file);
    }

    /** Parses a query such as {@code data.test.allow} or {@code x := 1; x > 0}, with v1 keywords. */
    public static Body parseQuery(String file, String text) throws RegoParseException {
        List<Token> tokens = new Lexer(file, text).tokenize();
        return new TermParser(new Cursor(tokens, RegoVersion.V1)).bodies().parseQuery();
    }

    private static boolean imports(List<Token> tokens, String root, String next) {
        for (int i = 0; i + 3 < tokens.size(); i++) {
            if (tokens.get(i).kind() == Token.Kind.IDENT && tokens.get(i).text().equals("import")
                    && tokens.get(i + 1).is(root) && tokens.get(i + 2).is(".") && tokens.get(i + 3).is(next)) {
                return true;
            }
        }
        return false;
    }

    private static RegoParseException further(RegoParseException a, RegoParseException b) {
        int lineCmp = Integer.compare(a.location().line(), b.location().line());
        if (lineCmp != 0) {
            return lineCmp > 0 ? a : b;
        }
        return a.location().column() > b.location().column() ? a : b;
    }
}
