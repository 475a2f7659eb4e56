/**
 * Patches over node trees, as pure functions: {@link dev.windlass.model.patch.JsonPatch} (RFC 6902),
 * {@link dev.windlass.model.patch.JsonMergePatch} (RFC 7386) and
 * {@link dev.windlass.model.patch.StrategicMergePatch} (Kubernetes' strategic merge patch), with the
 * merge-key schema of the built-in types ({@link dev.windlass.model.patch.MergeSchema#builtin()})
 * they share with server-side apply and Kustomize. Failures are
 * {@link dev.windlass.model.patch.PatchException}s with a kind and a message naming the place.
 */
package dev.windlass.model.patch;
