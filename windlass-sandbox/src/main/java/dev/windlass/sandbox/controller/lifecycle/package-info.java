/**
 * The sandbox's control plane outside workloads: garbage collector, namespace and CRD lifecycle,
 * service and namespace admission and the objects every cluster starts with (always on), and the
 * simulated infrastructure switched off with the workload controllers: load balancer and volume
 * provisioning, ingress-nginx's Ingress addresses and the HorizontalPodAutoscaler controller.
 */
package dev.windlass.sandbox.controller.lifecycle;
