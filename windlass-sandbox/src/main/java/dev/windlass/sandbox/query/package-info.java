/**
 * Label and field selectors as kube-apiserver parses, prints and evaluates them: the
 * {@code labelSelector} and {@code fieldSelector} list and watch parameters, and
 * {@code metav1.LabelSelector} fields of workload specs.
 */
package dev.windlass.sandbox.query;
