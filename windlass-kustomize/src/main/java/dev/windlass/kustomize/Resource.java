package dev.windlass.kustomize;

import dev.windlass.model.GroupVersionKind;
import dev.windlass.model.KubeObject;
import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.MapNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * An object being built, with the ids it had before (kustomize's {@code previousNames},
 * {@code previousNamespaces} and {@code previousKinds} build annotations), the name prefixes and
 * suffixes added to it, and the file it came from. Name references and {@code replicas} match
 * against the earlier ids. It also keeps the names of the {@code vars} that read from it (tied when
 * the var's kustomization was accumulated, as kustomize does).
 *
 * <p>It also knows which of its fields were written with an empty value ({@code key:} with nothing
 * after it): kustomize holds those as nulls without text, which a strategic merge drops, while it
 * keeps a {@code null} or {@code ~} written out.
 *
 * @param previousIds oldest first; the current id is not among them
 * @param emptyValues where the object has a null written as an empty value in its file
 */
record Resource(KubeObject object, List<PreviousId> previousIds, List<String> prefixes, List<String> suffixes,
        String file, List<String> vars, Set<FieldPath> emptyValues) {

    /** The namespace kustomize records for objects of cluster-scoped kinds. */
    static final String NOT_NAMESPACED = "_non_namespaceable_";

    /**
     * One earlier id. Like kustomize it keeps kind, namespace and name; group and version are
     * always the current ones.
     *
     * @param namespace the effective namespace: {@code default} for none, {@link #NOT_NAMESPACED} for cluster-scoped kinds
     */
    record PreviousId(String kind, String namespace, String name) {
    }

    Resource {
        previousIds = List.copyOf(previousIds);
        prefixes = List.copyOf(prefixes);
        suffixes = List.copyOf(suffixes);
        vars = List.copyOf(vars);
        emptyValues = Set.copyOf(emptyValues);
    }

    Resource(KubeObject object, List<PreviousId> previousIds, List<String> prefixes, List<String> suffixes,
            String file, List<String> vars) {
        this(object, previousIds, prefixes, suffixes, file, vars, Set.of());
    }

    Resource(KubeObject object, List<PreviousId> previousIds, List<String> prefixes, List<String> suffixes,
            String file) {
        this(object, previousIds, prefixes, suffixes, file, List.of());
    }

    static Resource of(KubeObject object, String file) {
        return new Resource(object, List.of(), List.of(), List.of(), file);
    }

    Resource withContent(MapNode content) {
        return new Resource(object.withContent(content), previousIds, prefixes, suffixes, file, vars, emptyValues);
    }

    /** This resource with other fields known to be written empty (paths into the object). */
    Resource withEmptyValues(Set<FieldPath> paths) {
        return new Resource(object, previousIds, prefixes, suffixes, file, vars, paths);
    }

    /** This resource as read from {@code file} (a display name). */
    Resource withFile(String file) {
        return new Resource(object, previousIds, prefixes, suffixes, file, vars, emptyValues);
    }

    /** Records the current id, then renames (kustomize's {@code StorePreviousId} and {@code SetName}). */
    Resource renamed(String name) {
        Resource stored = withPreviousId();
        return new Resource(object.withName(name), stored.previousIds, prefixes, suffixes, file, vars, emptyValues);
    }

    /** Records the current id as a previous one, as kustomize does before a transformer may change it. */
    Resource withPreviousId() {
        List<PreviousId> all = new ArrayList<>(previousIds);
        all.add(new PreviousId(object.kind(), effectiveNamespace(), object.name()));
        return new Resource(object, all, prefixes, suffixes, file, vars, emptyValues);
    }

    Resource withPrefix(String prefix) {
        return prefix.isEmpty() ? this
                : new Resource(object, previousIds, plus(prefixes, prefix), suffixes, file, vars, emptyValues);
    }

    Resource withSuffix(String suffix) {
        return suffix.isEmpty() ? this
                : new Resource(object, previousIds, prefixes, plus(suffixes, suffix), file, vars, emptyValues);
    }

    /** This resource, also read by the var {@code name}. */
    Resource withVar(String name) {
        return vars.contains(name) ? this
                : new Resource(object, previousIds, prefixes, suffixes, file, plus(vars, name), emptyValues);
    }

    /** Every name the object has had, the current one last. */
    List<String> names() {
        LinkedHashSet<String> all = new LinkedHashSet<>();
        previousIds.forEach(id -> all.add(id.name()));
        all.remove(object.name());
        all.add(object.name());
        return List.copyOf(all);
    }

    boolean wasNamed(String name) {
        return object.name().equals(name) || previousIds.stream().anyMatch(id -> id.name().equals(name));
    }

    /**
     * Whether the object has, or had, this id (kustomize's match by any id): kind, effective
     * namespace and name of the current id or of a previous one; group and version are always the
     * current ones.
     *
     * @param namespace a raw namespace, {@code ""} or {@code null} for none
     */
    boolean hadId(GroupVersionKind gvk, String namespace, String name) {
        GroupVersionKind current = object.gvk();
        if (!current.group().equals(gvk.group()) || !current.version().equals(gvk.version())) {
            return false;
        }
        String effective = effectiveNamespace(gvk, namespace);
        if (current.kind().equals(gvk.kind()) && object.name().equals(name) && effectiveNamespace().equals(effective)) {
            return true;
        }
        return previousIds.stream().anyMatch(id -> id.kind().equals(gvk.kind()) && id.name().equals(name)
                && effectiveNamespace(new GroupVersionKind(gvk.group(), gvk.version(), id.kind()), id.namespace())
                        .equals(effective));
    }

    /** kustomize's effective namespace of an id of this kind with this raw namespace. */
    static String effectiveNamespace(GroupVersionKind gvk, String namespace) {
        if (ClusterScopedKinds.isClusterScoped(gvk)) {
            return NOT_NAMESPACED;
        }
        return namespace == null || namespace.isEmpty() ? "default" : namespace;
    }

    /** The kind it had first (kustomize's {@code OrgId}); group and version are the current ones. */
    GroupVersionKind originalGvk() {
        GroupVersionKind gvk = object.gvk();
        return previousIds.isEmpty() ? gvk : new GroupVersionKind(gvk.group(), gvk.version(), previousIds.get(0).kind());
    }

    /** The effective namespace it had first. */
    String originalNamespace() {
        return previousIds.isEmpty() ? effectiveNamespace() : previousIds.get(0).namespace();
    }

    /** kustomize's effective namespace of the current id. */
    String effectiveNamespace() {
        return effectiveNamespace(object.gvk(), object.namespace());
    }

    boolean isClusterScoped() {
        return effectiveNamespace().equals(NOT_NAMESPACED);
    }

    /** The raw {@code metadata.namespace}, {@code ""} when unset. */
    String namespace() {
        String namespace = object.namespace();
        return namespace == null ? "" : namespace;
    }

    /** kustomize's resource id: group, version, kind, namespace and name. */
    String id() {
        String namespace = object.namespace() == null ? "" : object.namespace();
        return object.gvk() + "|" + (namespace.isEmpty() ? "~X" : namespace) + "|" + object.name();
    }

    private static List<String> plus(List<String> list, String value) {
        List<String> out = new ArrayList<>(list);
        out.add(value);
        return out;
    }
}
