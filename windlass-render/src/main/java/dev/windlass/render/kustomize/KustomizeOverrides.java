package dev.windlass.render.kustomize;

import dev.windlass.model.tree.MapNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Argo CD's {@code spec.source.kustomize}: what Argo CD changes in the top kustomization with
 * {@code kustomize edit} before it builds. Values are taken as given: the build environment
 * ({@code $ARGOCD_APP_NAME} …) is substituted by the caller before, into {@code images},
 * {@code commonLabels} and, with {@code commonAnnotationsEnvsubst}, {@code commonAnnotations}.
 *
 * @param namePrefix                {@code kustomize edit set nameprefix}; empty: keep the file's
 * @param nameSuffix                {@code kustomize edit set namesuffix}; empty: keep the file's
 * @param images                    {@code kustomize edit set image} arguments: {@code name=newName:tag},
 *                                  {@code name:tag}, {@code name@digest} …
 * @param commonLabels              {@code kustomize edit add label}; values in key order
 * @param commonAnnotations         {@code kustomize edit add annotation}
 * @param commonAnnotationsEnvsubst whether the caller substituted the build environment into the annotations
 * @param forceCommonLabels         overwrite labels the kustomization already sets ({@code --force})
 * @param forceCommonAnnotations    overwrite annotations the kustomization already sets
 * @param labelWithoutSelector      add the labels as a {@code labels} entry that leaves selectors alone
 * @param labelIncludeTemplates     that entry also labels templates (needs {@code labelWithoutSelector})
 * @param namespace                 {@code kustomize edit set namespace}
 * @param replicas                  {@code kustomize edit set replicas}
 * @param patches                   appended to the kustomization's {@code patches}, each in kustomize's
 *                                  form ({@code path} or {@code patch}, {@code target}, {@code options})
 * @param components                {@code kustomize edit add component}, paths relative to the kustomization
 * @param ignoreMissingComponents   skip components that are not in the source instead of failing
 * @param version                   the kustomize version asked for; Windlass always builds with its own engine
 * @param kubeVersion               {@code kubeVersion}: the Kubernetes version {@code helmCharts} render for
 *                                  (kustomize's {@code --helm-kube-version}); empty for the charts' own
 * @param apiVersions               {@code apiVersions}: the API versions {@code helmCharts} see
 *                                  (kustomize's {@code --helm-api-versions}); empty for the charts' own
 */
public record KustomizeOverrides(String namePrefix, String nameSuffix, List<String> images,
        Map<String, String> commonLabels, Map<String, String> commonAnnotations, boolean commonAnnotationsEnvsubst,
        boolean forceCommonLabels, boolean forceCommonAnnotations, boolean labelWithoutSelector,
        boolean labelIncludeTemplates, String namespace, List<Replica> replicas, List<MapNode> patches,
        List<String> components, boolean ignoreMissingComponents, String version, String kubeVersion,
        List<String> apiVersions) {

    /** No overrides: the kustomization is built as it is. */
    public static final KustomizeOverrides NONE = builder().build();

    public KustomizeOverrides {
        Objects.requireNonNull(namePrefix, "namePrefix");
        Objects.requireNonNull(nameSuffix, "nameSuffix");
        images = List.copyOf(images);
        commonLabels = Collections.unmodifiableMap(new TreeMap<>(commonLabels));
        commonAnnotations = Collections.unmodifiableMap(new TreeMap<>(commonAnnotations));
        Objects.requireNonNull(namespace, "namespace");
        replicas = List.copyOf(replicas);
        patches = List.copyOf(patches);
        components = List.copyOf(components);
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(kubeVersion, "kubeVersion");
        apiVersions = List.copyOf(apiVersions);
    }

    /** Whether Argo CD would edit the kustomization for these overrides (the version alone changes nothing). */
    public boolean editsKustomization() {
        return !namePrefix.isEmpty() || !nameSuffix.isEmpty() || !images.isEmpty() || !replicas.isEmpty()
                || !commonLabels.isEmpty() || !commonAnnotations.isEmpty() || !namespace.isEmpty()
                || !patches.isEmpty() || !components.isEmpty();
    }

    /** These overrides with other images, labels and annotations (after the build environment was substituted). */
    public KustomizeOverrides withSubstituted(List<String> newImages, Map<String, String> newLabels,
            Map<String, String> newAnnotations) {
        return toBuilder().images(newImages).commonLabels(newLabels).commonAnnotations(newAnnotations).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().namePrefix(namePrefix).nameSuffix(nameSuffix).images(images)
                .commonLabels(commonLabels).commonAnnotations(commonAnnotations)
                .commonAnnotationsEnvsubst(commonAnnotationsEnvsubst).forceCommonLabels(forceCommonLabels)
                .forceCommonAnnotations(forceCommonAnnotations).labelWithoutSelector(labelWithoutSelector)
                .labelIncludeTemplates(labelIncludeTemplates).namespace(namespace).replicas(replicas).patches(patches)
                .components(components).ignoreMissingComponents(ignoreMissingComponents).version(version)
                .kubeVersion(kubeVersion).apiVersions(apiVersions);
    }

    /** One {@code replicas} entry: the Deployment, StatefulSet … name and its count. */
    public record Replica(String name, long count) {
        public Replica {
            Objects.requireNonNull(name, "name");
        }
    }

    /** Collects overrides field by field; unset fields are empty or false. */
    public static final class Builder {
        private String namePrefix = "";
        private String nameSuffix = "";
        private List<String> images = new ArrayList<>();
        private Map<String, String> commonLabels = new TreeMap<>();
        private Map<String, String> commonAnnotations = new TreeMap<>();
        private boolean commonAnnotationsEnvsubst;
        private boolean forceCommonLabels;
        private boolean forceCommonAnnotations;
        private boolean labelWithoutSelector;
        private boolean labelIncludeTemplates;
        private String namespace = "";
        private List<Replica> replicas = new ArrayList<>();
        private List<MapNode> patches = new ArrayList<>();
        private List<String> components = new ArrayList<>();
        private boolean ignoreMissingComponents;
        private String version = "";
        private String kubeVersion = "";
        private List<String> apiVersions = List.of();

        private Builder() {
        }

        public Builder namePrefix(String value) {
            namePrefix = value;
            return this;
        }

        public Builder nameSuffix(String value) {
            nameSuffix = value;
            return this;
        }

        public Builder images(List<String> value) {
            images = new ArrayList<>(value);
            return this;
        }

        public Builder commonLabels(Map<String, String> value) {
            commonLabels = new TreeMap<>(value);
            return this;
        }

        public Builder commonAnnotations(Map<String, String> value) {
            commonAnnotations = new TreeMap<>(value);
            return this;
        }

        public Builder commonAnnotationsEnvsubst(boolean value) {
            commonAnnotationsEnvsubst = value;
            return this;
        }

        public Builder forceCommonLabels(boolean value) {
            forceCommonLabels = value;
            return this;
        }

        public Builder forceCommonAnnotations(boolean value) {
            forceCommonAnnotations = value;
            return this;
        }

        public Builder labelWithoutSelector(boolean value) {
            labelWithoutSelector = value;
            return this;
        }

        public Builder labelIncludeTemplates(boolean value) {
            labelIncludeTemplates = value;
            return this;
        }

        public Builder namespace(String value) {
            namespace = value;
            return this;
        }

        public Builder replicas(List<Replica> value) {
            replicas = new ArrayList<>(value);
            return this;
        }

        public Builder patches(List<MapNode> value) {
            patches = new ArrayList<>(value);
            return this;
        }

        public Builder components(List<String> value) {
            components = new ArrayList<>(value);
            return this;
        }

        public Builder ignoreMissingComponents(boolean value) {
            ignoreMissingComponents = value;
            return this;
        }

        public Builder kubeVersion(String value) {
            kubeVersion = value;
            return this;
        }

        public Builder apiVersions(List<String> values) {
            apiVersions = List.copyOf(values);
            return this;
        }

        public Builder version(String value) {
            version = value;
            return this;
        }

        public KustomizeOverrides build() {
            return new KustomizeOverrides(namePrefix, nameSuffix, images, commonLabels, commonAnnotations,
                    commonAnnotationsEnvsubst, forceCommonLabels, forceCommonAnnotations, labelWithoutSelector,
                    labelIncludeTemplates, namespace, replicas, patches, components, ignoreMissingComponents, version,
                    kubeVersion, apiVersions);
        }
    }
}
