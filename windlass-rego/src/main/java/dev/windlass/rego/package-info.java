/**
  * A standalone Rego engine with OPA semantics.
  *
  * <p>Parsing: {@link dev.windlass.rego.RegoParser} turns a module (v0 or v1 syntax) or a query into
  * the immutable AST of {@link dev.windlass.rego.ast}; errors are {@link
  * dev.windlass.rego.RegoParseException}s worded like OPA's.
  *
  * <p>Evaluation: {@link dev.windlass.rego.Rego#builder()} collects modules, base documents and a
  * {@link dev.windlass.rego.builtins.BuiltinTable}, and compiles them as OPA's compiler does (names
  * and imports resolved, unsafe variables, recursion and unknown functions rejected as {@link
  * dev.windlass.rego.RegoCompileException}, body literals reordered so that variables are bound
  * before use). {@link dev.windlass.rego.Rego#prepare(String)} compiles a query into a {@link
  * dev.windlass.rego.PreparedQuery}; {@link dev.windlass.rego.PreparedQuery#eval(EvalRequest)}
  * evaluates it top-down like OPA's {@code topdown}: {@code data} is the base documents (with the
  * request's overlay) merged with the virtual documents of rules (complete, partial set, partial
  * object, ref heads, functions, defaults, else chains), undefined propagates, {@code not} is
  * negation as failure, {@code with} replaces input, data or functions for one literal, and
  * conflicts fail with {@link dev.windlass.rego.RegoEvalException}s ({@code eval_conflict_error}).
  * Rule documents are computed once and function results memoised per evaluation; an evaluation
  * is bounded by its time budget and depth bound and never overflows the JVM stack. {@link
  * dev.windlass.rego.Rego} and {@link dev.windlass.rego.PreparedQuery} are immutable and safe to
  * share between threads; all per-evaluation state lives in package {@code dev.windlass.rego.eval}.
  *
  * <p>Built-in errors follow OPA's default (the call is undefined) unless {@link
  * dev.windlass.rego.Rego.Builder#strictBuiltinErrors(boolean)} is set.
  */
package dev.windlass.rego;
