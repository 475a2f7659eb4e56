package dev.windlass.rego.eval;

import dev.windlass.rego.CompileError;
import dev.windlass.rego.ast.Import;
import dev.windlass.rego.ast.Module;
import dev.windlass.rego.ast.Rule;
import dev.windlass.rego.ast.Term;
import java.util.List;

/** Module-level checks OPA applies under {@code import rego.v1}. */
final class ModuleChecks {
    private ModuleChecks() {}

    static void check(Module m, List<CompileError> errors) {
        if (importsRegoV1(m)) {
            checkRootShadowing(m, errors);
            checkRegoV1Imports(m, errors);
        }
    }

    /** {@code import rego.v1} implies the future keywords: importing either again is an error, as in OPA. */
    private static void checkRegoV1Imports(Module m, List<CompileError> errors) {
        boolean seen = false;
        boolean future = false;
        for (Import imp : m.imports()) {
            boolean isV1 = Resolver.isVar(imp.path().head(), "rego");
            boolean isFuture = Resolver.isVar(imp.path().head(), "future");
            if ((isV1 && (seen || future)) || (isFuture && seen)) {
                errors.add(new CompileError(imp.location(), "rego_parse_error",
                        "the rego.v1 import implies future.keywords, these are therefore mutually exclusive"
                                + " (this import shadows previous import)"));
            }
            seen |= isV1;
            future |= isFuture;
        }
    }

    private static boolean importsRegoV1(Module m) {
        for (Import imp : m.imports()) {
            Term.Ref p = imp.path();
            if (Resolver.isVar(p.head(), "rego") && p.path().size() == 1 && p.path().get(0) instanceof Term.Str s
                    && s.value().equals("v1")) {
                return true;
            }
        }
        return false;
    }

    /** {@code import rego.v1} (OPA's strict checks) forbids rules and variables named {@code input} or {@code data}. */
    private static void checkRootShadowing(Module m, List<CompileError> errors) {
        for (Rule rule : m.rules()) {
            String name = rule.head().name();
            if (TermWalk.isRoot(name)) {
                errors.add(new CompileError(rule.location(), "rego_compile_error",
                        "rules must not shadow " + name + " (use a different rule name)"));
            }
            if (rule.body() != null) {
                for (String v : Safety.declaredNames(rule.body())) {
                    if (TermWalk.isRoot(v)) {
                        errors.add(new CompileError(rule.location(), "rego_compile_error",
                                "variables must not shadow " + v + " (use a different variable name)"));
                    }
                }
            }
        }
    }

}
