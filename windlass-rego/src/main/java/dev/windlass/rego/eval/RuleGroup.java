package dev.windlass.rego.eval;

import java.util.ArrayList;
import java.util.List;

/** All rules defining one data path: their bodies, the default and the function arity. */
final class RuleGroup {
    final List<String> path;
    final String name;
    final List<CompiledRule> rules = new ArrayList<>();
    CompiledRule defaultRule;

    RuleGroup(List<String> path) {
        this.path = List.copyOf(path);
        this.name = "data." + String.join(".", path);
    }

    boolean isFunction() {
        return any() != null && any().shape() == CompiledRule.Shape.FUNCTION;
    }

    /** A representative rule: the first non-default one, else the default. */
    CompiledRule any() {
        return rules.isEmpty() ? defaultRule : rules.get(0);
    }

    /** Whether every rule gives the whole document at this path (no set members or object keys). */
    boolean isComplete() {
        for (CompiledRule r : rules) {
            if (r.shape() != CompiledRule.Shape.COMPLETE) {
                return false;
            }
        }
        return true;
    }

    int arity() {
        return any() == null ? 0 : any().args().size();
    }

    @Override
    public String toString() {
        return name;
    }
}
