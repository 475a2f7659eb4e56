/**
 * A Rego engine in Java, standalone (no Kubernetes types): the parser for current Rego
 * ({@code import rego.v1}) and the older syntax with {@code future.keywords}, with OPA's
 * semantics. Gatekeeper's model (windlass-policy) builds on it.
 */
package dev.windlass.rego;
