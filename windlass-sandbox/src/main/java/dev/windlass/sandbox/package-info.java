/**
 * An in-memory Kubernetes API server: storage, watch, patches, server-side apply, simulated
 * workload controllers and fault injection, served over HTTPS for fabric8 and kubectl.
 */
package dev.windlass.sandbox;
