package dev.windlass.rego.eval;

import dev.windlass.rego.ast.Term;
import java.util.LinkedHashSet;
import java.util.Set;

/** Variable collection helpers. */
final class Vars {
    private Vars() {}

    /** Every local variable named anywhere in a term, nested bodies included. */
    static Set<String> all(Term t) {
        Set<String> out = new LinkedHashSet<>();
        TermWalk.term(t, x -> {
            if (x instanceof Term.Var v && !TermWalk.isRoot(v.name()) && !v.isWildcard()) {
                out.add(v.name());
            }
        });
        return out;
    }

    /** The name as the user wrote it (generated suffixes removed). */
    static String display(String name) {
        if (name.startsWith("$_")) {
            return "_";
        }
        int dollar = name.indexOf('$');
        return dollar > 0 ? name.substring(0, dollar) : name;
    }

    static boolean isGenerated(String name) {
        return name.startsWith("$");
    }
}
