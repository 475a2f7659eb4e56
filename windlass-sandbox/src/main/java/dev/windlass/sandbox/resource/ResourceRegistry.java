package dev.windlass.sandbox.resource;

import dev.windlass.model.GroupVersionKind;
import dev.windlass.model.tree.MapNode;
import dev.windlass.sandbox.api.ApiException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The resources the sandbox serves: the built-ins plus one entry per served version of every
 * CustomResourceDefinition applied. Thread-safe: readers see one consistent snapshot, writers
 * replace it whole and bump {@link #generation()} so discovery documents can be cached.
 */
public final class ResourceRegistry {

    private final List<ApiResource> builtins;
    private final Object writeLock = new Object();
    private volatile RegistrySnapshot snapshot;

    private ResourceRegistry(List<ApiResource> builtins) {
        this.builtins = List.copyOf(builtins);
        this.snapshot = new RegistrySnapshot(0, this.builtins, Map.of());
    }

    /** A registry serving {@link BuiltinResources#all()}. */
    public static ResourceRegistry withBuiltins() {
        return new ResourceRegistry(BuiltinResources.all());
    }

    /** A registry serving exactly {@code builtins} (tests and trimmed-down servers). */
    public static ResourceRegistry of(List<ApiResource> builtins) {
        return new ResourceRegistry(builtins);
    }

    public Optional<ApiResource> find(String group, String version, String plural) {
        return Optional.ofNullable(snapshot.byPath.get(RegistrySnapshot.key(group, version, plural)));
    }

    public Optional<ApiResource> findByKind(GroupVersionKind gvk) {
        return Optional.ofNullable(snapshot.byKind.get(gvk));
    }

    /** Served versions of {@code group}/{@code plural}, preferred first; empty when not served. */
    public List<ApiResource> versionsOf(String group, String plural) {
        return snapshot.byGroupPlural.getOrDefault(RegistrySnapshot.key(group, plural), List.of());
    }

    /** Every served resource: built-ins first, then CRDs by group and plural. */
    public List<ApiResource> all() {
        return snapshot.all;
    }

    /** Served resources of one group version, in registry order; empty when that version is not served. */
    public List<ApiResource> resources(String group, String version) {
        return snapshot.all.stream().filter(r -> r.group().equals(group) && r.version().equals(version)).toList();
    }

    /** Groups in discovery order: {@code ""} (core) first, built-in groups, then CRD groups by name. */
    public List<String> groupNames() {
        return snapshot.groupNames;
    }

    /** Versions served for {@code group}, preferred (highest Kubernetes priority) first. */
    public List<String> versions(String group) {
        return snapshot.versionsByGroup.getOrDefault(group, List.of());
    }

    /**
     * Resources a kubectl-style name refers to: a plural, singular, short name or kind (any case),
     * optionally qualified by group ({@code deploy.apps}); one per group, at its preferred version.
     */
    public List<ApiResource> resolve(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        List<ApiResource> out = new ArrayList<>();
        for (ApiResource r : snapshot.all) {
            if (names(r, wanted) && versionsOf(r.group(), r.plural()).get(0).equals(r)) {
                out.add(r);
            }
        }
        return out;
    }

    private static boolean names(ApiResource r, String wanted) {
        String suffix = r.group().isEmpty() ? "" : "." + r.group();
        for (String candidate : candidates(r)) {
            if (wanted.equals(candidate) || (!suffix.isEmpty() && wanted.equals(candidate + suffix))) {
                return true;
            }
        }
        return false;
    }

    private static List<String> candidates(ApiResource r) {
        List<String> out = new ArrayList<>(r.shortNames());
        out.add(r.plural());
        out.add(r.singular());
        out.add(r.kind().toLowerCase(Locale.ROOT));
        return out;
    }

    /** The CRD serving {@code group}/{@code plural}, when it is a custom resource. */
    public Optional<CustomResource> customResource(String group, String plural) {
        return Optional.ofNullable(snapshot.crdByGroupPlural.get(RegistrySnapshot.key(group, plural)));
    }

    /** The CRDs applied, by {@code metadata.name}. */
    public Map<String, CustomResource> customResources() {
        return snapshot.crds;
    }

    /** The group, version and kind {@code resource}'s objects are stored as. */
    public GroupVersionKind storageVersion(ApiResource resource) {
        return customResource(resource.group(), resource.plural())
                .map(CustomResource::storageGvk)
                .orElseGet(() -> BuiltinResources.storageVersion(resource));
    }

    /** The list kind: a CRD's {@code spec.names.listKind}, otherwise kind + "List". */
    public String listKind(ApiResource resource) {
        return customResource(resource.group(), resource.plural())
                .map(CustomResource::listKind)
                .orElseGet(resource::listKind);
    }

    /**
     * The problems kube-apiserver would report creating {@code crd}, as causes for a 422 Invalid;
     * empty when it is valid. Also refuses taking the group and plural of a built-in resource.
     */
    public List<ApiException.Cause> validateCrd(MapNode crd) {
        return new CrdValidator(this::builtin).validate(crd);
    }

    /**
     * Serves (or re-serves, replacing the previous definition of the same name) every served
     * version of {@code crd}. Throws a 422 {@link ApiException} when {@link #validateCrd} finds problems.
     */
    public void applyCrd(MapNode crd) {
        List<ApiException.Cause> causes = validateCrd(crd);
        CustomResource parsed = CustomResource.from(crd);
        if (!causes.isEmpty()) {
            throw ApiException.invalid("apiextensions.k8s.io", "CustomResourceDefinition", parsed.crdName(), causes);
        }
        synchronized (writeLock) {
            if (parsed.equals(snapshot.crds.get(parsed.crdName()))) {
                return;
            }
            Map<String, CustomResource> crds = new HashMap<>(snapshot.crds);
            crds.put(parsed.crdName(), parsed);
            snapshot = new RegistrySnapshot(snapshot.generation + 1, builtins, crds);
        }
    }

    /** Stops serving the CRD named {@code crdName} ({@code <plural>.<group>}); does nothing when absent. */
    public void removeCrd(String crdName) {
        synchronized (writeLock) {
            if (!snapshot.crds.containsKey(crdName)) {
                return;
            }
            Map<String, CustomResource> crds = new HashMap<>(snapshot.crds);
            crds.remove(crdName);
            snapshot = new RegistrySnapshot(snapshot.generation + 1, builtins, crds);
        }
    }

    /** Increases on every change to the served resources; equal generations mean equal discovery. */
    public long generation() {
        return snapshot.generation;
    }

    private Optional<ApiResource> builtin(String group, String plural) {
        return builtins.stream().filter(r -> r.group().equals(group) && r.plural().equals(plural)).findFirst();
    }
}
