package dev.windlass.kube;

import dev.windlass.engine.cluster.ResourceType;
import dev.windlass.kube.ObjectListener.Change;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import java.io.Closeable;

/** One informer feeding an {@link ObjectListener}, for {@link KubeCluster#watch}. */
final class ObjectWatch {

    private ObjectWatch() {
    }

    static Closeable start(KubernetesClient client, ResourceType type, String namespace, ObjectListener listener) {
        GenericObjects objects = new GenericObjects(client.getKubernetesSerialization());
        SharedIndexInformer<GenericKubernetesResource> informer = Informers.create(client, type, namespace, null);
        informer.addEventHandler(new ResourceEventHandler<>() {
            @Override
            public void onAdd(GenericKubernetesResource resource) {
                listener.onChange(Change.ADDED, objects.toKubeObject(resource, type.gvk()));
            }

            @Override
            public void onUpdate(GenericKubernetesResource previous, GenericKubernetesResource resource) {
                listener.onChange(Change.MODIFIED, objects.toKubeObject(resource, type.gvk()));
            }

            @Override
            public void onDelete(GenericKubernetesResource resource, boolean finalStateUnknown) {
                listener.onChange(Change.DELETED, objects.toKubeObject(resource, type.gvk()));
            }
        });
        informer.start();
        return informer::close;
    }
}
