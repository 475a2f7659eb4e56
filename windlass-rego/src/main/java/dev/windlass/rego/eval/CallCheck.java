package dev.windlass.rego.eval;

import dev.windlass.rego.ast.Body;
import dev.windlass.rego.ast.Term;
import java.util.function.Consumer;

/** Finds the calls of a rule or body so the compiler can check names and arity. */
final class CallCheck {
    private CallCheck() {}

    static void rule(CompiledRule r, Consumer<Term.Call> check) {
        Consumer<Term> visit = t -> {
            if (t instanceof Term.Call c) {
                check.accept(c);
            }
        };
        body(r.body(), check);
        TermWalk.term(r.value(), visit);
        TermWalk.term(r.key(), visit);
        r.tail().forEach(t -> TermWalk.term(t, visit));
        for (CompiledRule.Else e : r.elses()) {
            body(e.body(), check);
            TermWalk.term(e.value(), visit);
        }
    }

    static void body(Body body, Consumer<Term.Call> check) {
        TermWalk.body(body, t -> {
            if (t instanceof Term.Call c) {
                check.accept(c);
            }
        });
    }
}
