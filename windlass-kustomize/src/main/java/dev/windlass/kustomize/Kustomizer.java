package dev.windlass.kustomize;

import dev.windlass.model.Issue;
import dev.windlass.model.KubeObject;
import dev.windlass.model.Location;
import dev.windlass.model.Result;
import dev.windlass.model.snapshot.Snapshot;
import dev.windlass.model.snapshot.SnapshotPaths;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds kustomizations in-process, the way {@code kustomize build} (v5) does, reading files only
 * through a {@link Snapshot}. Supports resources (files, directories, nested bases), components,
 * namespace, name prefix/suffix, commonLabels, labels, commonAnnotations, images, replicas, and
 * configMapGenerator/secretGenerator with kustomize's content-hash name suffixes;
 * fields it does not support yet are refused with an error naming them. Stateless and thread-safe.
 *
 * <pre>{@code
 * Result<List<KubeObject>> built = Kustomizer.build(LocalSnapshot.of(repo), "overlays/prod", KustomizeOptions.defaults());
 * String yaml = KustomizeOutput.yaml(built.value());
 * }</pre>
 */
public final class Kustomizer {

    private Kustomizer() {
    }

    /**
     * The objects the kustomization in directory {@code path} of {@code snapshot} builds, in
     * kustomize's output order; on failure an empty list and the first error (kustomize stops
     * there too), located at the kustomization file and field that caused it.
     */
    public static Result<List<KubeObject>> build(Snapshot snapshot, String path, KustomizeOptions options) {
        Result<String> directory = SnapshotPaths.normalize(path);
        if (directory.hasErrors()) {
            return Result.of(List.of(), directory.errors());
        }
        try {
            KustomizeBuild.Built built = new KustomizeBuild(snapshot, options).build(directory.value());
            List<KubeObject> objects = new ArrayList<>(built.resources().stream().map(Resource::object).toList());
            String order = built.kustomization().sortOrder();
            if (order.equals("legacy") || (order.isEmpty() && options.legacyOrder())) {
                objects.sort(LegacyOrder.ORDER);
            }
            return Result.of(List.copyOf(objects));
        } catch (KustomizeFailure failure) {
            return Result.of(List.of(), List.of(failure.issue()));
        } catch (RuntimeException e) {
            return Result.of(List.of(), List.of(Issue.error("KustomizeInternalError", Location.file(path),
                    "internal error while building " + path + ": " + e)));
        }
    }
}
