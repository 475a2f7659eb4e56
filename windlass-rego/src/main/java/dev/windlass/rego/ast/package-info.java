/**
  * The Rego AST: a {@link dev.windlass.rego.ast.Module} holds a package, imports and {@link
  * dev.windlass.rego.ast.Rule}s; rule bodies are {@link dev.windlass.rego.ast.Literal}s over {@link
  * dev.windlass.rego.ast.Term}s. Every node is an immutable record carrying a {@link
  * dev.windlass.rego.ast.Location}.
  */
package dev.windlass.rego.ast;
