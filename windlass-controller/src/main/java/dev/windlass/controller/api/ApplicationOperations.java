package dev.windlass.controller.api;

import dev.windlass.model.KubeObject;
import java.util.List;
import java.util.Optional;

/**
 * What a user can do with Argo CD Applications through a running Windlass: the operations behind
 * {@code windlass app list|get|diff|sync|history|rollback|delete} and the local HTTP API. Objects
 * are returned as stored in the cluster, {@code status} included, so every output format (table,
 * YAML, JSON) is a projection of the same value. Names are {@code NAME} (in the controller's
 * application namespace) or {@code NAMESPACE/NAME}.
 */
public interface ApplicationOperations {

    /** Every Application, sorted by namespace and name. */
    List<KubeObject> list();

    /** One Application, with its status. */
    Optional<KubeObject> get(String name);

    /**
     * Compares what Git renders at the application's target revision with the live objects, after a
     * fresh fetch; only objects that differ (or are missing or extra) are returned.
     */
    List<ResourceDifference> diff(String name) throws OperationException;

    /**
     * Syncs now and waits until the operation ends (or, for a dry run, validates against the server
     * and applies nothing); returns the Application with its {@code operationState}.
     */
    KubeObject sync(String name, SyncRequest request) throws OperationException;

    /** Re-reads Git and re-compares at once instead of waiting for the next periodic refresh. */
    KubeObject refresh(String name) throws OperationException;

    /**
     * Syncs to the revision recorded in history entry {@code id}; like Argo CD, refused while
     * automated sync is on.
     */
    KubeObject rollback(String name, long id) throws OperationException;

    /**
     * Deletes the Application; with {@code cascade} its tracked objects are deleted first (Argo CD's
     * {@code resources-finalizer.argocd.argoproj.io}), without it they are left in place.
     */
    void delete(String name, boolean cascade) throws OperationException;
}
