/**
 * Patches over node trees: JSON patch (RFC 6902), JSON merge patch (RFC 7386) and strategic merge
 * patch, with the merge-key schema of the built-in types they share with server-side apply and
 * Kustomize.
 */
package dev.windlass.model.patch;
