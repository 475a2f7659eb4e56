/**
 * Discovery and OpenAPI documents of the sandbox API server, shaped as kube-apiserver's so kubectl,
 * client-go and fabric8 find the resources the {@link dev.windlass.sandbox.resource.ResourceRegistry} serves.
 */
package dev.windlass.sandbox.discovery;
