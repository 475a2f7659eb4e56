/**
 * The resources the sandbox serves: the built-in table, CustomResourceDefinitions and the
 * thread-safe {@link dev.windlass.sandbox.resource.ResourceRegistry} the HTTP layer resolves URLs with.
 */
package dev.windlass.sandbox.resource;
