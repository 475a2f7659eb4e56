package dev.windlass.kustomize;

import dev.windlass.model.GroupVersionKind;
import dev.windlass.model.Issue;
import dev.windlass.model.codec.CodecLimits;
import dev.windlass.model.codec.ParsedDocument;
import dev.windlass.model.codec.ParsedStream;
import dev.windlass.model.codec.ScalarSchema;
import dev.windlass.model.codec.YamlReader;
import dev.windlass.model.patch.MergeSchema;
import dev.windlass.model.patch.PatchException;
import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Runs a kustomization's patch fields over what it accumulated, at kustomize's two points:
 * {@code patchesStrategicMerge} and {@code patches} before the namespace, name and label
 * transformers, {@code patchesJson6902} after the annotations.
 */
final class Patcher {

    static final String FAILED = "KustomizePatchFailed";
    static final String NO_TARGET = "KustomizePatchTargetNotFound";

    private static final YamlReader YAML = YamlReader.create(CodecLimits.DEFAULT, ScalarSchema.YAML_1_2).withoutPositions();

    /** Loads the text of a patch file named by an entry. */
    interface Source {
        String text(Kustomization k, Kustomization.PatchEntry entry) throws KustomizeFailure;
    }

    private final Kustomization k;
    private final Source source;
    /** Which lists strategic merge patches merge: the build's schema at the time this level is patched. */
    private final MergeSchema schema;

    Patcher(Kustomization k, Source source, MergeSchema schema) {
        this.k = k;
        this.source = source;
        this.schema = schema;
    }

    /** {@code patchesStrategicMerge} then {@code patches}. */
    List<Resource> beforeTransformers(List<Resource> resources) throws KustomizeFailure {
        List<Resource> out = resources;
        int documents = 0;
        for (Kustomization.PatchEntry entry : k.patchesStrategicMerge()) {
            documents += documents(entry).size();
            out = applyEntry(entry, out);
        }
        if (!k.patchesStrategicMerge().isEmpty() && documents == 0) {
            throw KustomizeFailure.at(FAILED, k.file(), FieldPath.of("patchesStrategicMerge"), "patch appears to be empty;"
                    + " files=" + k.patchesStrategicMerge().stream().map(Patcher::patchName).toList()
                    + "; every patchesStrategicMerge entry is empty: give a patch or remove the field");
        }
        for (Kustomization.PatchEntry entry : k.patches()) {
            out = applyEntry(entry, out);
        }
        return out;
    }

    /** {@code patchesJson6902}. */
    List<Resource> json6902(List<Resource> resources) throws KustomizeFailure {
        List<Resource> out = resources;
        for (Kustomization.PatchEntry entry : k.patchesJson6902()) {
            out = applyEntry(entry, out);
        }
        return out;
    }

    private List<Resource> applyEntry(Kustomization.PatchEntry entry, List<Resource> resources) throws KustomizeFailure {
        List<Node> documents = documents(entry);
        List<Resource> out = resources;
        if (documents.isEmpty()) {
            return out;
        }
        boolean ops = documents.size() == 1 && documents.get(0) instanceof ListNode;
        if (ops || entry.field().equals("patchesJson6902")) {
            return patchSelected(entry, out, documents.get(0), true);
        }
        if (entry.target() != null && documents.size() > 1 && entry.field().equals("patches")) {
            throw failure(entry, "holds " + documents.size() + " strategic merge patches: Multiple Strategic-Merge"
                    + " Patches in one `patches` entry is not allowed to set `patches.target` field: "
                    + (entry.path().isEmpty() ? "[patch: ...]" : "[path: \"" + entry.path() + "\"]")
                    + "; split them into one entry each");
        }
        for (Node document : documents) {
            if (!(document instanceof MapNode)) {
                throw failure(entry, "is neither a strategic merge patch (a mapping) nor a list of JSON patch operations");
            }
            out = entry.target() == null ? patchNamed(entry, out, (MapNode) document)
                    : patchSelected(entry, out, document, false);
        }
        return out;
    }

    private List<Resource> patchSelected(Kustomization.PatchEntry entry, List<Resource> resources, Node patch,
            boolean json) throws KustomizeFailure {
        if (json && !(patch instanceof ListNode)) {
            throw failure(entry, "is not a list of JSON patch operations");
        }
        List<Resource> out = new ArrayList<>(resources.size());
        for (Resource r : resources) {
            if (!PatchSelector.matches(entry.target(), r)) {
                out.add(r);
                continue;
            }
            Resource patched = patchOne(entry, r, patch, json);
            if (patched != null) {
                out.add(patched);
            }
        }
        return out;
    }

    private List<Resource> patchNamed(Kustomization.PatchEntry entry, List<Resource> resources, MapNode patch)
            throws KustomizeFailure {
        GroupVersionKind gvk = Transformers.gvk(patch);
        MapNode metadata = patch.getMap("metadata").orElse(MapNode.empty());
        String name = metadata.getText("name").orElse("");
        String namespace = metadata.getText("namespace").orElse("");
        List<Integer> matches = new ArrayList<>();
        for (int i = 0; i < resources.size(); i++) {
            Resource r = resources.get(i);
            if (r.hadId(gvk, namespace, name)) {
                matches.add(i);
            }
        }
        if (matches.size() != 1) {
            String id = id(gvk, name, namespace);
            String cause = (matches.isEmpty() ? "no matches for Id " : "multiple matches for Id ") + id
                    + "; failed to find unique target for patch " + id;
            throw KustomizeFailure.at(NO_TARGET, k.file(), field(entry), (entry.field().equals("patches")
                    ? "no resource matches strategic merge patch \"" + id + "\": " : "") + cause + " (patch "
                    + patchName(entry) + "; give the patch the kind, name and namespace of a resource, or a target)");
        }
        List<Resource> out = new ArrayList<>(resources);
        Resource patched = patchOne(entry, out.get(matches.get(0)), patch, false);
        if (patched == null) {
            out.remove((int) matches.get(0));
        } else {
            out.set(matches.get(0), patched);
        }
        return out;
    }

    /** The patched resource, or {@code null} when the patch deletes it. */
    private Resource patchOne(Kustomization.PatchEntry entry, Resource r, Node patch, boolean json)
            throws KustomizeFailure {
        MapNode content = r.object().content();
        Node result;
        Set<FieldPath> emptyValues = r.emptyValues();
        try {
            if (json) {
                result = Json6902.apply(content, patch);
                // kustomize patches through JSON, where an empty value becomes a null written out
                emptyValues = Set.of();
            } else {
                Optional<KyamlMerge.Merged> merged = KyamlMerge.apply(content, emptyValues, asKustomizeLoadsIt(entry,
                        aimedAt(entry, r, (MapNode) patch)), schema);
                if (merged.isEmpty()) {
                    return null;
                }
                result = merged.get().object();
                emptyValues = merged.get().emptyValues();
            }
        } catch (PatchException e) {
            throw failure(entry, "failed on " + r.object().kind() + "/" + r.object().name() + ": " + e.getMessage());
        }
        MapNode map = result.asMap().orElseThrow(() -> failure(entry, "turned " + r.object().kind() + "/"
                + r.object().name() + " into something that is not an object"));
        return keepIdentity(entry, r.withEmptyValues(emptyValues), json ? Generators.withMarkOf(content, map) : map,
                json);
    }

    /**
     * As kustomize does, a strategic merge patch takes the apiVersion, kind, name and namespace of
     * its target, except the name and kind a {@code patches} entry allows it to change.
     */
    private static MapNode aimedAt(Kustomization.PatchEntry entry, Resource r, MapNode patch) {
        MapNode own = patch.getMap("metadata").orElse(MapNode.empty());
        boolean keepName = entry.allowNameChange() && own.getText("name").isPresent();
        boolean keepKind = entry.allowKindChange() && patch.getText("kind").isPresent();
        MapNode metadata = keepName ? own : own.with("name", Node.of(r.object().name()));
        String namespace = r.object().namespace() == null ? "" : r.object().namespace();
        metadata = namespace.isEmpty() ? metadata.without("namespace") : metadata.with("namespace", Node.of(namespace));
        return patch.with("apiVersion", Node.of(r.object().apiVersion()))
                .with("kind", keepKind ? patch.get("kind").orElseThrow() : Node.of(r.object().kind()))
                .with("metadata", metadata);
    }

    /**
     * The patch as kustomize has it when it matches resources by id ({@code patchesStrategicMerge})
     * or by a target: its labels and annotations read and written back as strings, so a value
     * becomes its text ({@code null} the string "null") and an empty or null map goes away.
     * A {@code patches} entry without a target applies the patch as written.
     */
    static MapNode asKustomizeLoadsIt(Kustomization.PatchEntry entry, MapNode patch) {
        if (entry.field().equals("patches") && entry.target() == null) {
            return patch;
        }
        MapNode metadata = patch.getMap("metadata").orElse(null);
        if (metadata == null) {
            return patch;
        }
        for (String field : List.of("labels", "annotations")) {
            Node value = metadata.get(field).orElse(null);
            if (value == null) {
                continue;
            }
            MapNode.Builder strings = MapNode.builder();
            value.asMap().ifPresent(map -> map.asJavaMap().forEach((k, v) -> strings.put(k, Node.of(KyamlNode.text(v)))));
            MapNode written = strings.build();
            metadata = written.isEmpty() ? metadata.without(field) : metadata.with(field, written);
        }
        return patch.with("metadata", metadata);
    }

    /**
     * Resets the name and kind a strategic merge patch of {@code patches} may not change (JSON patches
     * may change both, as in kustomize), and records the id the object
     * had before when kustomize does: for every JSON patch and name- or kind-changing patch of
     * {@code patches}, and whenever the name or kind did change.
     */
    private static Resource keepIdentity(Kustomization.PatchEntry entry, Resource r, MapNode map, boolean json) {
        boolean patchesField = entry.field().equals("patches");
        boolean keepIdentity = patchesField && !json;
        Resource out = r.withContent(map);
        if (keepIdentity && !entry.allowNameChange() && !out.object().name().equals(r.object().name())) {
            out = out.withContent(out.object().withName(r.object().name()).content());
        }
        if (keepIdentity && !entry.allowKindChange() && !out.object().kind().equals(r.object().kind())) {
            out = out.withContent(out.object().content().with("kind", Node.of(r.object().kind())));
        }
        boolean changed = !out.object().name().equals(r.object().name()) || !out.object().kind().equals(r.object().kind());
        boolean store = patchesField && (json || entry.allowNameChange() || entry.allowKindChange());
        return store || changed ? r.withPreviousId().withContent(out.object().content()) : out;
    }

    private List<Node> documents(Kustomization.PatchEntry entry) throws KustomizeFailure {
        String text = entry.path().isEmpty() ? entry.inline() : source.text(k, entry);
        ParsedStream parsed = YAML.read(patchName(entry), text);
        if (parsed.hasErrors()) {
            Issue first = parsed.issues().stream().filter(Issue::isError).findFirst().orElseThrow();
            throw failure(entry, "cannot be read: " + first.message());
        }
        List<Node> out = parsed.documents().stream().filter(d -> !d.isEmpty()).map(ParsedDocument::content)
                .filter(n -> !n.isNull()).toList();
        return out;
    }

    /** kustomize's printed resource id: {@code Kind.version.group/name.namespace}. */
    static String id(GroupVersionKind gvk, String name, String namespace) {
        return gvk.kind() + "." + gvk.version() + "." + (gvk.group().isEmpty() ? "[noGrp]" : gvk.group()) + "/"
                + name + "." + (namespace.isEmpty() ? "[noNs]" : namespace);
    }

    private static String patchName(Kustomization.PatchEntry entry) {
        return entry.path().isEmpty() ? entry.field() + "[" + entry.index() + "] (inline)" : entry.path();
    }

    private static FieldPath field(Kustomization.PatchEntry entry) {
        return FieldPath.of(entry.field()).index(entry.index());
    }

    private KustomizeFailure failure(Kustomization.PatchEntry entry, String message) {
        return KustomizeFailure.at(FAILED, k.file(), field(entry), "patch " + patchName(entry) + " in "
                + entry.field() + " " + message);
    }
}
