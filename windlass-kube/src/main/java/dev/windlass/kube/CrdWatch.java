package dev.windlass.kube;

import dev.windlass.engine.cluster.ResourceType;
import dev.windlass.model.GroupVersionKind;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Watches CustomResourceDefinitions: any change (added, established, new version, deleted)
 * invalidates discovery and schedules one re-read in the background, so the tracked-object cache
 * starts watching a new kind without anyone asking for it first. Bursts of changes coalesce into
 * one re-read.
 */
final class CrdWatch implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(CrdWatch.class.getName());

    /** How CustomResourceDefinitions are served since Kubernetes 1.16. */
    static final ResourceType CRD = new ResourceType(
            new GroupVersionKind("apiextensions.k8s.io", "v1", "CustomResourceDefinition"),
            "customresourcedefinitions", false);

    private final ApiDiscovery discovery;
    private final ExecutorService refresher;
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final SharedIndexInformer<GenericKubernetesResource> informer;

    CrdWatch(KubernetesClient client, ApiDiscovery discovery) {
        this.discovery = discovery;
        this.refresher = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "windlass-discovery-refresh");
            thread.setDaemon(true);
            return thread;
        });
        this.informer = Informers.create(client, CRD, null, null);
        informer.addEventHandler(new ResourceEventHandler<>() {
            @Override
            public void onAdd(GenericKubernetesResource crd) {
                changed();
            }

            @Override
            public void onUpdate(GenericKubernetesResource previous, GenericKubernetesResource crd) {
                changed();
            }

            @Override
            public void onDelete(GenericKubernetesResource crd, boolean finalStateUnknown) {
                changed();
            }
        });
        informer.start();
    }

    /** Reads discovery in the background (once, however often this is called before it runs). */
    void refreshSoon() {
        if (scheduled.compareAndSet(false, true)) {
            refresher.execute(this::refresh);
        }
    }

    private void changed() {
        discovery.invalidate();
        refreshSoon();
    }

    private void refresh() {
        scheduled.set(false);
        try {
            if (discovery.stale()) {
                discovery.refresh();
            }
        } catch (Exception failure) {
            LOG.log(System.Logger.Level.DEBUG, "discovery refresh after a CRD change failed: {0}", failure.getMessage());
        }
    }

    @Override
    public void close() {
        informer.close();
        refresher.shutdownNow();
    }
}
