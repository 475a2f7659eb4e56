/**
 * The fabric8 adapter behind the engine's cluster ports: {@link dev.windlass.kube.KubeCluster}
 * implements {@code ClusterReader} and {@code ClusterWriter} against any Kubernetes API server
 * (discovery, server-side apply, delete by name, a watch-fed cache of tracked objects) and adds
 * what the Application controller needs (watch, list, create, status updates, merge patches, CRD
 * installation, request counting).
 */
package dev.windlass.kube;
