package dev.windlass.kustomize;

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
        String sortOrder) {

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
    }

    /** One entry of {@code labels}: the pairs and where they go besides {@code metadata.labels}. */
    public record LabelSet(Map<String, String> pairs, boolean includeSelectors, boolean includeTemplates,
            boolean includeVolumeClaimTemplates) {
        public LabelSet {
            pairs = OrderedMaps.copy(pairs);
        }
    }

    /** One entry of {@code images}: the image name to match and what to change (empty strings: keep). */
    public record ImageOverride(String name, String newName, String newTag, String digest) {
        public ImageOverride {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(newName, "newName");
            Objects.requireNonNull(newTag, "newTag");
            Objects.requireNonNull(digest, "digest");
        }
    }

    /** One entry of {@code replicas}: the object name and the replica count to set. */
    public record ReplicaOverride(String name, long count) {
        public ReplicaOverride {
            Objects.requireNonNull(name, "name");
        }
    }
}
