package dev.windlass.kustomize;

import dev.windlass.model.tree.MapNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One kustomization file, read: the fields of kustomize's {@code Kustomization} type this engine
 * supports. Maps keep the file's order.
 *
 * @param directory the snapshot directory holding the file ({@code ""} for the root)
 * @param file      the snapshot path of the file itself
 * @param component whether its kind is {@code Component}
 * @param sortOrder {@code sortOptions.order}: {@code legacy}, {@code fifo}, or {@code ""} when not set
 * @param document  the whole file as read (field names in kustomize's spelling), for the readers of
 *                  fields that have their own types ({@code configMapGenerator}, {@code vars} …)
 */
public record Kustomization(
        String directory,
        String file,
        boolean component,
        List<String> resources,
        List<String> components,
        String namespace,
        String namePrefix,
        String nameSuffix,
        Map<String, String> commonLabels,
        List<LabelSet> labels,
        Map<String, String> commonAnnotations,
        List<ImageOverride> images,
        List<ReplicaOverride> replicas,
        String sortOrder,
        List<PatchEntry> patchesStrategicMerge,
        List<PatchEntry> patchesJson6902,
        List<PatchEntry> patches,
        MapNode document) {

    public Kustomization {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(file, "file");
        resources = List.copyOf(resources);
        components = List.copyOf(components);
        commonLabels = OrderedMaps.copy(commonLabels);
        labels = List.copyOf(labels);
        commonAnnotations = OrderedMaps.copy(commonAnnotations);
        images = List.copyOf(images);
        replicas = List.copyOf(replicas);
        patchesStrategicMerge = List.copyOf(patchesStrategicMerge);
        patchesJson6902 = List.copyOf(patchesJson6902);
        patches = List.copyOf(patches);
        Objects.requireNonNull(document, "document");
    }

    /**
     * One entry of {@code patchesStrategicMerge}, {@code patchesJson6902} or {@code patches}.
     *
     * @param field  the kustomization field it came from, for messages
     * @param index  its position in that field
     * @param path   the patch file relative to the kustomization, or {@code ""} when inline
     * @param inline the patch text when given inline, else {@code ""}
     * @param target which objects it applies to; {@code null} when the patch names its object itself
     */
    public record PatchEntry(String field, int index, String path, String inline, PatchTarget target,
            boolean allowNameChange, boolean allowKindChange) {
        public PatchEntry {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(inline, "inline");
        }
    }

    /**
     * A patch target selector. In {@code patches} group, version, kind, name and namespace are
     * regular expressions matching the whole value; empty strings match anything.
     */
    public record PatchTarget(String group, String version, String kind, String name, String namespace,
            String labelSelector, String annotationSelector) {
        public PatchTarget {
            Objects.requireNonNull(group, "group");
            Objects.requireNonNull(version, "version");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(namespace, "namespace");
            Objects.requireNonNull(labelSelector, "labelSelector");
            Objects.requireNonNull(annotationSelector, "annotationSelector");
        }
    }

    /**
     * One entry of {@code labels}: the pairs and where they go besides {@code metadata.labels}
     * ({@code fields}: its own field specs, written before the built-in ones).
     */
    public record LabelSet(Map<String, String> pairs, boolean includeSelectors, boolean includeTemplates,
            boolean includeVolumeClaimTemplates, List<FieldSpec> fields) {
        public LabelSet {
            pairs = OrderedMaps.copy(pairs);
            fields = List.copyOf(fields);
        }
    }

    /**
     * One entry of {@code images}: the image name to match and what to change (empty strings: keep).
     * {@code tagSuffix} is appended to the current tag when neither newTag nor digest is given.
     */
    public record ImageOverride(String name, String newName, String newTag, String digest, String tagSuffix) {
        public ImageOverride {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(newName, "newName");
            Objects.requireNonNull(newTag, "newTag");
            Objects.requireNonNull(digest, "digest");
            Objects.requireNonNull(tagSuffix, "tagSuffix");
        }
    }

    /** One entry of {@code replicas}: the object name and the replica count to set. */
    public record ReplicaOverride(String name, long count) {
        public ReplicaOverride {
            Objects.requireNonNull(name, "name");
        }
    }
}
