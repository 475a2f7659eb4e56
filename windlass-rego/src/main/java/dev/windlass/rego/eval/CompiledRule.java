package dev.windlass.rego.eval;

import dev.windlass.rego.ast.Body;
import dev.windlass.rego.ast.Location;
import dev.windlass.rego.ast.Term;
import java.util.List;

/**
  * One rule after resolution.
  *
  * @param shape what the rule contributes
  * @param path the ground part of the rule's data path
  * @param tail the non-ground head elements after {@code path} (object keys), possibly empty
  * @param key the set member of a {@link Shape#SET} rule, else null
  * @param value the value term (never null: {@code true} when the source gives none)
  * @param args function parameters
  * @param body the body (empty for constants)
  * @param elses the else chain
  * @param isDefault whether this is the {@code default} rule
  * @param location where the rule is
  */
record CompiledRule(
        Shape shape, List<String> path, List<Term> tail, Term key, Term value, List<Term> args, Body body,
        List<Else> elses, boolean isDefault, Location location) {

    /** What a rule contributes to its document. */
    enum Shape {
        COMPLETE, SET, OBJECT, FUNCTION
    }

    /** One {@code else} clause. */
    record Else(Term value, Body body) {}
}
