package dev.windlass.rego;

import dev.windlass.rego.ast.Import;
import dev.windlass.rego.ast.Module;
import dev.windlass.rego.ast.PackageDecl;
import dev.windlass.rego.ast.RegoVersion;
import dev.windlass.rego.ast.Rule;
import dev.windlass.rego.ast.Term;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Parses one module: package, imports, then rules (delegated to {@link RuleParser}). */
final class ModuleParser {
    private static final Set<String> IMPORT_ROOTS = Set.of("data", "input", "future", "rego");

    private final Cursor c;
    private final TermParser terms;

    ModuleParser(List<Token> tokens, RegoVersion version) {
        this.c = new Cursor(tokens, version);
        this.terms = new TermParser(c);
    }

    Module parse(String file) throws RegoParseException {
        PackageDecl pkg = packageDecl();
        List<Import> imports = new ArrayList<>();
        while (c.atIdent("import")) {
            imports.add(importDecl());
            endOfStatement();
        }
        RuleParser rules = new RuleParser(c, terms);
        List<Rule> out = new ArrayList<>();
        while (c.peek().kind() != Token.Kind.EOF) {
            if (c.atIdent("import")) {
                throw c.error(c.peek(), ParseMessages.IMPORT_AFTER_RULE);
            }
            out.addAll(rules.parse());
            // As OPA, a rule needs no separator before the next statement: `r["s"] p1 { … }` is two rules.
            c.accept(";");
        }
        return new Module(file, pkg, imports, out, c.version());
    }

    private void endOfStatement() throws RegoParseException {
        if (c.accept(";") || c.peek().newlineBefore() || c.peek().kind() == Token.Kind.EOF) {
            return;
        }
        throw c.error(c.peek(), ParseMessages.unexpected(c.peek(), "newline or `;`"));
    }

    private PackageDecl packageDecl() throws RegoParseException {
        Token kw = c.peek();
        if (!c.atIdent("package")) {
            throw c.error(kw, ParseMessages.expected("`package`", kw));
        }
        c.advance();
        Term.Ref path = pathRef("package");
        endOfStatement();
        return new PackageDecl(path, kw.location());
    }

    private Import importDecl() throws RegoParseException {
        Token kw = c.advance();
        Term.Ref path = pathRef("import");
        String root = ((Term.Var) path.head()).name();
        if (!IMPORT_ROOTS.contains(root)) {
            throw new RegoParseException(path.location(),
                    ParseMessages.badImportRoot(root));
        }
        if (root.equals("future")) {
            futureKeywords(path);
        } else if (root.equals("rego")) {
            regoImport(path);
        }
        String alias = null;
        if (c.atIdent("as")) {
            c.advance();
            Token name = c.advance();
            if (name.kind() != Token.Kind.IDENT || c.isReserved(name)) {
                throw c.error(name, ParseMessages.expected("an alias name after `as`", name));
            }
            alias = name.text();
        }
        return new Import(path, alias, kw.location());
    }

    private Term.Ref pathRef(String what) throws RegoParseException {
        Token start = c.peek();
        if (start.kind() != Token.Kind.IDENT || c.isReserved(start)) {
            throw c.error(start, ParseMessages.expected("a path after `" + what + "`", start));
        }
        Term term = terms.parsePostfix();
        if (term instanceof Term.Var v) {
            return new Term.Ref(v, List.of(), v.location());
        }
        if (term instanceof Term.Ref r && r.head() instanceof Term.Var) {
            return r;
        }
        throw c.error(start, ParseMessages.invalidPath(what));
    }

    private void futureKeywords(Term.Ref path) throws RegoParseException {
        List<Term> p = path.path();
        if (p.isEmpty() || !(p.get(0) instanceof Term.Str s) || !s.value().equals("keywords") || p.size() > 2) {
            throw new RegoParseException(path.location(), ParseMessages.BAD_FUTURE_IMPORT);
        }
        if (p.size() == 1) {
            for (Cursor.FutureKeyword k : Cursor.FutureKeyword.values()) {
                c.enable(k);
            }
            return;
        }
        String name = p.get(1) instanceof Term.Str kw ? kw.value() : "";
        for (Cursor.FutureKeyword k : Cursor.FutureKeyword.values()) {
            if (k.name().toLowerCase().equals(name)) {
                c.enable(k);
                return;
            }
        }
        throw new RegoParseException(p.get(1).location(),
                ParseMessages.unknownFutureKeyword(name));
    }

    private void regoImport(Term.Ref path) throws RegoParseException {
        List<Term> p = path.path();
        if (p.size() != 1 || !(p.get(0) instanceof Term.Str s) || !s.value().equals("v1")) {
            throw new RegoParseException(path.location(), ParseMessages.BAD_REGO_IMPORT);
        }
        for (Cursor.FutureKeyword k : Cursor.FutureKeyword.values()) {
            c.enable(k);
        }
    }
}
