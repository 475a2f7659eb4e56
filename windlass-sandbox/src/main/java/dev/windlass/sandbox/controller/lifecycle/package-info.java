/**
 * The sandbox's always-on control plane: garbage collector, namespace and CRD lifecycle, service
 * and namespace admission, load balancer and volume provisioning, and the objects every cluster
 * starts with. These run even when simulated workloads are switched off.
 */
package dev.windlass.sandbox.controller.lifecycle;
