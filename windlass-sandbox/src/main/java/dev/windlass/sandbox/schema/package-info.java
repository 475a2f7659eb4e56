/**
 * What kube-apiserver's apiextensions does to custom resources with their CRD version's
 * {@code openAPIV3Schema}: prune undeclared fields (honouring {@code fieldValidation}), apply
 * structural defaults, and validate (types, bounds, lengths, patterns, formats, enums,
 * combinators, embedded resources, list types), with the real server's messages.
 * {@link dev.windlass.sandbox.schema.SchemaAdmission} is the entry point in the admission chain.
 */
package dev.windlass.sandbox.schema;
