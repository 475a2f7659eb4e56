package dev.windlass.sandbox.api;

import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.sandbox.api.DeleteOptions.Propagation;
import dev.windlass.sandbox.api.ObjectService.DeleteResult;
import dev.windlass.sandbox.resource.ApiResource;
import dev.windlass.sandbox.store.ObjectStore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Deletion as kube-apiserver does it: preconditions, then either removal or, while finalizers
 * remain, a {@code deletionTimestamp}. Foreground and Orphan propagation add the
 * {@code foregroundDeletion} and {@code orphan} finalizers that the garbage collector acts on;
 * a namespace always goes {@code Terminating} first and the namespace controller empties it.
 */
final class Deleter {

    static final String FOREGROUND = "foregroundDeletion";
    static final String ORPHAN = "orphan";

    private final ObjectStore store;
    private final ObjectWriter writer;
    private final Clock clock;

    Deleter(ObjectStore store, ObjectWriter writer, Clock clock) {
        this.store = store;
        this.writer = writer;
        this.clock = clock;
    }

    DeleteResult delete(ApiResource resource, MapNode current, DeleteOptions options) {
        checkPreconditions(resource, current, options);
        MapNode marked = markForDeletion(resource, current, options);
        if (options.dryRun()) {
            return new DeleteResult(marked, Meta.finalizers(marked).isEmpty() && !isNamespace(resource));
        }
        if (isNamespace(resource) || !Meta.finalizers(marked).isEmpty()) {
            MapNode stored = marked.equals(current) ? current : writer.store(resource, current, marked);
            return new DeleteResult(stored, false);
        }
        long version = Long.parseLong(Meta.text(current, "resourceVersion").orElse("0"));
        MapNode last = store.delete(ObjectService.key(resource, Meta.namespace(current), Meta.name(current)), version)
                .object();
        return new DeleteResult(Versions.as(resource, last), true);
    }

    private MapNode markForDeletion(ApiResource resource, MapNode current, DeleteOptions options) {
        List<String> finalizers = new ArrayList<>(Meta.finalizers(current));
        Propagation propagation = options.propagation() == null ? Propagation.BACKGROUND : options.propagation();
        if (propagation == Propagation.FOREGROUND && !finalizers.contains(FOREGROUND)) {
            finalizers.remove(ORPHAN);
            finalizers.add(FOREGROUND);
        } else if (propagation == Propagation.ORPHAN && !finalizers.contains(ORPHAN)) {
            finalizers.remove(FOREGROUND);
            finalizers.add(ORPHAN);
        }
        MapNode marked = Meta.withFinalizers(current, finalizers);
        boolean pending = !finalizers.isEmpty() || isNamespace(resource);
        if (pending && !Meta.deleting(current)) {
            marked = Meta.with(marked, "deletionTimestamp", Node.of(Meta.timestamp(clock.instant())));
            marked = Meta.with(marked, "deletionGracePeriodSeconds", Node.of(0L));
        }
        if (isNamespace(resource)) {
            MapNode status = marked.getMap("status").orElse(MapNode.empty()).with("phase", Node.of("Terminating"));
            marked = marked.with("status", status);
        }
        return marked;
    }

    private static void checkPreconditions(ApiResource resource, MapNode current, DeleteOptions options) {
        String uid = Meta.uid(current);
        if (options.preconditionUid() != null && !options.preconditionUid().equals(uid)) {
            throw BodyChecks.conflict(resource, Meta.name(current), "Precondition failed: UID in precondition: "
                    + options.preconditionUid() + ", UID in object meta: " + uid);
        }
        String version = Meta.text(current, "resourceVersion").orElse("");
        if (options.preconditionVersion() != null && !options.preconditionVersion().equals(version)) {
            throw BodyChecks.conflict(resource, Meta.name(current), "Precondition failed: ResourceVersion in "
                    + "precondition: " + options.preconditionVersion() + ", ResourceVersion in object meta: " + version);
        }
    }

    static boolean isNamespace(ApiResource resource) {
        return resource.group().isEmpty() && resource.plural().equals("namespaces");
    }
}
