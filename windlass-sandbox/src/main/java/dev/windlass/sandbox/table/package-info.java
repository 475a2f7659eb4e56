/**
 * Server-side table printing: the {@code meta.k8s.io/v1 Table} kube-apiserver returns when a
 * client such as {@code kubectl get} asks for {@code application/json;as=Table}. Built-in kinds get
 * the columns of kube-apiserver's printers, custom resources their CRD's
 * {@code additionalPrinterColumns} evaluated with the Kubernetes JSONPath subset, and anything else
 * the default Name / Created At pair.
 */
package dev.windlass.sandbox.table;
