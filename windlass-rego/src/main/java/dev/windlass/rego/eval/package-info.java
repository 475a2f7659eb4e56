/**
  * The Rego compiler and evaluator behind {@link dev.windlass.rego.Rego}: name resolution
  * ({@code Resolver}), safety and literal order ({@code Safety}, {@code LitInfo}), recursion checks,
  * the rule tree ({@code DocNode}, {@code RuleGroup}), and a continuation-passing evaluator
  * ({@code BodyEval}, {@code TermEval}, {@code Unifier}, {@code DocEval}, {@code RuleEval}, {@code
  * CallEval}, {@code WithEval}) whose per-evaluation state lives in one {@code Evaluation}. Only
  * {@link dev.windlass.rego.eval.Compiler} and {@link dev.windlass.rego.eval.Policy} are public, for
  * the API classes; everything else is package-private.
  */
package dev.windlass.rego.eval;
