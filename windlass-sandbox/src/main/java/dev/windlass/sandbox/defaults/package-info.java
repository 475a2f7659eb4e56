/**
 * Server-side defaulting of built-in kinds, as kube-apiserver 1.31 applies it on every create and
 * update ({@code SetDefaults_*} and the generated nested defaulters), so objects read back from the
 * sandbox carry the same server-populated fields a GitOps diff meets on a real cluster.
 */
package dev.windlass.sandbox.defaults;
