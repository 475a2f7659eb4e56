package dev.windlass.kube;

import dev.windlass.engine.cluster.ResourceType;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceList;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.FilterWatchListDeletable;
import io.fabric8.kubernetes.client.dsl.MixedOperation;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import java.util.Set;

/**
 * Creates fabric8 informers (list, then watch from the list's resourceVersion, re-listing on
 * {@code 410 Gone}) for one kind, without a periodic resync: the watch alone keeps them current.
 */
final class Informers {

    /** Page size of the initial list. */
    static final long PAGE = 500;

    /** Answers after which retrying cannot help: the kind is gone or the credentials may not list it. */
    private static final Set<Integer> FINAL_CODES = Set.of(401, 403, 404, 405);

    private Informers() {
    }

    /**
     * A not yet started informer on {@code type}, in {@code namespace} (all namespaces when null or
     * empty), narrowed to objects that have the label {@code labelKey} when it is not null.
     */
    static SharedIndexInformer<GenericKubernetesResource> create(KubernetesClient client, ResourceType type,
            String namespace, String labelKey) {
        MixedOperation<GenericKubernetesResource, GenericKubernetesResourceList, Resource<GenericKubernetesResource>> op =
                client.genericKubernetesResources(GenericObjects.context(type));
        FilterWatchListDeletable<GenericKubernetesResource, GenericKubernetesResourceList,
                Resource<GenericKubernetesResource>> source;
        if (!type.namespaced()) {
            source = op;
        } else if (namespace == null || namespace.isEmpty()) {
            source = op.inAnyNamespace();
        } else {
            source = op.inNamespace(namespace);
        }
        if (labelKey != null) {
            source = source.withLabel(labelKey);
        }
        SharedIndexInformer<GenericKubernetesResource> informer = source.withLimit(PAGE).runnableInformer(0);
        informer.exceptionHandler((started, failure) -> retryable(failure));
        return informer;
    }

    /** True unless the failure is an answer that will not change on a retry. */
    static boolean retryable(Throwable failure) {
        return !(failure instanceof KubernetesClientException e && FINAL_CODES.contains(e.getCode()));
    }

    /** True when {@code failure} says the kind cannot be listed at all (gone, or not allowed). */
    static boolean unlistable(Throwable failure) {
        Throwable cause = failure;
        while (cause != null) {
            if (cause instanceof KubernetesClientException e && FINAL_CODES.contains(e.getCode())) {
                return true;
            }
            cause = cause.getCause();
        }
        return false;
    }
}
