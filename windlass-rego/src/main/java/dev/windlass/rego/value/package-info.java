/** Rego values: immutable, in OPA's total order, with JSON and plain-Java conversions. */
package dev.windlass.rego.value;
