package dev.windlass.rego.ast;

import java.util.List;

/**
  * A rule.
  *
  * @param isDefault whether declared with {@code default}
  * @param head the head
  * @param body the body, or null when the rule has none (a constant)
  * @param elses the {@code else} chain, in order
  * @param location where the rule starts
  */
public record Rule(boolean isDefault, RuleHead head, Body body, List<ElseClause> elses, Location location) {
    public Rule {
        elses = List.copyOf(elses);
    }
}
