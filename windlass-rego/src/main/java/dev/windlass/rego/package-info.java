/**
  * A standalone Rego engine with OPA semantics. This layer parses source: {@link
  * dev.windlass.rego.RegoParser} turns a module (v0 or v1 syntax) or a query into the immutable AST
  * of {@link dev.windlass.rego.ast}; errors are {@link dev.windlass.rego.RegoParseException}s
  * worded like OPA's. Evaluation builds on the AST in later layers.
  */
package dev.windlass.rego;
