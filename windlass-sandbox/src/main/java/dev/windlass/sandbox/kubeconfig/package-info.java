/**
 * Kubeconfigs that point kubectl and fabric8 at the sandbox (written or merged into an existing
 * file the way {@code kind} does), and the bearer tokens they carry.
 */
package dev.windlass.sandbox.kubeconfig;
