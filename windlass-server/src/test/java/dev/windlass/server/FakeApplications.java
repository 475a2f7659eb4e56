package dev.windlass.server;

import dev.windlass.controller.api.ApplicationOperations;
import dev.windlass.controller.api.OperationException;
import dev.windlass.controller.api.ResourceDifference;
import dev.windlass.controller.api.SyncRequest;
import dev.windlass.model.KubeObject;
import dev.windlass.model.tree.MapNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

/** Applications in memory, in namespace {@code argocd} unless named {@code NS/NAME}; records every call. */
final class FakeApplications implements ApplicationOperations {

    final Map<String, KubeObject> apps = new LinkedHashMap<>();
    final Map<String, List<ResourceDifference>> diffs = new LinkedHashMap<>();
    final List<String> calls = Collections.synchronizedList(new ArrayList<>());
    volatile OperationException next;
    volatile RuntimeException bug;
    volatile CountDownLatch entered;
    volatile CountDownLatch release;

    FakeApplications add(String namespace, String name) {
        apps.put(namespace + "/" + name, KubeObject.of(MapNode.of(
                "apiVersion", "argoproj.io/v1alpha1", "kind", "Application",
                "metadata", MapNode.of("name", name, "namespace", namespace),
                "status", MapNode.of("sync", MapNode.of("status", "Synced")))));
        return this;
    }

    private static String key(String name) {
        return name.contains("/") ? name : "argocd/" + name;
    }

    private KubeObject found(String name) throws OperationException {
        if (next != null) {
            OperationException e = next;
            next = null;
            throw e;
        }
        if (bug != null) {
            throw bug;
        }
        KubeObject app = apps.get(key(name));
        if (app == null) {
            throw new OperationException(OperationException.Reason.NOT_FOUND, "application '" + name + "' not found");
        }
        return app;
    }

    @Override
    public List<KubeObject> list() {
        calls.add("list");
        return List.copyOf(apps.values());
    }

    @Override
    public Optional<KubeObject> get(String name) {
        calls.add("get " + name);
        return Optional.ofNullable(apps.get(key(name)));
    }

    @Override
    public List<ResourceDifference> diff(String name) throws OperationException {
        calls.add("diff " + name);
        found(name);
        return diffs.getOrDefault(key(name), List.of());
    }

    @Override
    public KubeObject sync(String name, SyncRequest request) throws OperationException {
        calls.add("sync " + name + " " + request);
        CountDownLatch in = entered;
        if (in != null) {
            in.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return found(name);
    }

    @Override
    public KubeObject refresh(String name) throws OperationException {
        calls.add("refresh " + name);
        return found(name);
    }

    @Override
    public KubeObject rollback(String name, long id) throws OperationException {
        calls.add("rollback " + name + " " + id);
        return found(name);
    }

    @Override
    public void delete(String name, boolean cascade) throws OperationException {
        calls.add("delete " + name + " cascade=" + cascade);
        found(name);
        apps.remove(key(name));
    }
}
