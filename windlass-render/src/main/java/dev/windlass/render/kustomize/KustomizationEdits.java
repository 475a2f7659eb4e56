package dev.windlass.render.kustomize;

import dev.windlass.model.Issue;
import dev.windlass.model.Location;
import dev.windlass.model.Result;
import dev.windlass.model.snapshot.Snapshot;
import dev.windlass.model.snapshot.SnapshotPaths;
import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Applies Argo CD's kustomize overrides to a kustomization document the way Argo CD's sequence of
 * {@code kustomize edit} commands changes the file, in the same order: name prefix, name suffix,
 * images, replicas, labels, annotations, namespace, patches, components. Stops at the first
 * problem, as that command sequence does, with an issue located at the kustomization file.
 */
final class KustomizationEdits {

    static final String INVALID_OVERRIDE = "KustomizeOverrideInvalid";

    private static final Pattern DNS1123_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");

    private final Snapshot snapshot;
    private final String directory;
    private final String file;
    private final KustomizeOverrides overrides;

    KustomizationEdits(Snapshot snapshot, String directory, String file, KustomizeOverrides overrides) {
        this.snapshot = snapshot;
        this.directory = directory;
        this.file = file;
        this.overrides = overrides;
    }

    /** Stops the edits at their first problem; carries the issue. */
    static final class EditFailure extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient Issue issue;

        private EditFailure(Issue issue) {
            super(issue.message(), null, false, false);
            this.issue = issue;
        }

        static EditFailure at(String file, FieldPath field, String message) {
            Location location = Location.file(file);
            return new EditFailure(Issue.error(INVALID_OVERRIDE, field == null ? location : location.withField(field), message));
        }

        Issue issue() {
            return issue;
        }
    }

    /** {@code document} edited, or the first problem. */
    Result<MapNode> apply(MapNode document) {
        try {
            return Result.of(edit(document));
        } catch (EditFailure failure) {
            return Result.of(null, List.of(failure.issue()));
        }
    }

    private MapNode edit(MapNode document) throws EditFailure {
        MapNode out = document;
        if (!overrides.namePrefix().isEmpty()) {
            out = set(out, "namePrefix", Node.of(overrides.namePrefix()));
        }
        if (!overrides.nameSuffix().isEmpty()) {
            out = set(out, "nameSuffix", Node.of(overrides.nameSuffix()));
        }
        out = overrides.images().isEmpty() ? out : images(out);
        out = overrides.replicas().isEmpty() ? out : replicas(out);
        MetadataEdits metadata = new MetadataEdits(file);
        out = overrides.commonLabels().isEmpty() ? out : metadata.labels(out, overrides);
        out = overrides.commonAnnotations().isEmpty() ? out : metadata.annotations(out, overrides);
        if (!overrides.namespace().isEmpty()) {
            out = set(out, "namespace", Node.of(namespace(overrides.namespace())));
        }
        if (!overrides.patches().isEmpty()) {
            List<Node> patches = new ArrayList<>(listField(out, "patches", file).items());
            patches.addAll(overrides.patches());
            out = set(out, "patches", new ListNode(patches));
        }
        return overrides.components().isEmpty() ? out : components(out);
    }

    /** {@code kustomize edit set image}: replaces entries of the same name, keeps the others, sorts by name. */
    private MapNode images(MapNode document) throws EditFailure {
        Map<String, ImageArgument> arguments = new LinkedHashMap<>();
        for (int i = 0; i < overrides.images().size(); i++) {
            String text = overrides.images().get(i);
            ImageArgument argument = ImageArgument.parse(text).orElseThrow(() -> EditFailure.at(file, FieldPath.of("images"),
                    "kustomize.images has '" + text + "', which is not an image override: " + ImageArgument.FORMS));
            arguments.put(argument.name(), argument);
        }
        Map<String, MapNode> entries = new LinkedHashMap<>();
        arguments.forEach((name, argument) -> entries.put(name, argument.entry()));
        for (Node item : listField(document, "images", file).items()) {
            MapNode existing = item.asMap().orElse(MapNode.empty());
            String name = existing.getText("name").orElse("");
            ImageArgument argument = arguments.get(name);
            entries.put(name, argument == null ? existing : argument.keeping(existing).entry());
        }
        List<Node> sorted = entries.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> (Node) e.getValue()).toList();
        return set(document, "images", new ListNode(sorted));
    }

    /** {@code kustomize edit set replicas}: replaces entries of the same name, keeps the others, sorts by name. */
    private MapNode replicas(MapNode document) throws EditFailure {
        Map<String, Node> entries = new LinkedHashMap<>();
        for (KustomizeOverrides.Replica replica : overrides.replicas()) {
            if (replica.name().isEmpty() || replica.name().contains("=")) {
                throw EditFailure.at(file, FieldPath.of("replicas"), "kustomize.replicas has an entry named '"
                        + replica.name() + "'; name a Deployment, StatefulSet or ReplicaSet (without '=')");
            }
            entries.put(replica.name(), MapNode.of("name", Node.of(replica.name()), "count", Node.of(replica.count())));
        }
        for (Node item : listField(document, "replicas", file).items()) {
            MapNode existing = item.asMap().orElse(MapNode.empty());
            entries.putIfAbsent(existing.getText("name").orElse(""), existing);
        }
        List<Node> sorted = entries.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(Map.Entry::getValue).toList();
        return set(document, "replicas", new ListNode(sorted));
    }

    private String namespace(String namespace) throws EditFailure {
        if (namespace.length() > 63 || !DNS1123_LABEL.matcher(namespace).matches()) {
            throw EditFailure.at(file, FieldPath.of("namespace"), "kustomize.namespace '" + namespace + "' is not a"
                    + " valid namespace name: use at most 63 lower-case letters, digits and '-', starting and ending"
                    + " with a letter or digit");
        }
        return namespace;
    }

    /**
     * {@code kustomize edit add component}: each component that exists (or, with
     * {@code ignoreMissingComponents}, only those) appended unless already listed.
     */
    private MapNode components(MapNode document) throws EditFailure {
        List<Node> components = new ArrayList<>(listField(document, "components", file).items());
        int before = components.size();
        for (String component : overrides.components()) {
            boolean remote = component.contains("://") || component.startsWith("github.com/") || component.startsWith("git@");
            if (!remote && !exists(component)) {
                if (overrides.ignoreMissingComponents()) {
                    continue;
                }
                throw EditFailure.at(file, FieldPath.of("components"), "kustomize.components has '" + component
                        + "', which is not in the source (looked for " + SnapshotPaths.join(directory, component)
                        + "); add it, fix the path (relative to the kustomization), or set"
                        + " kustomize.ignoreMissingComponents: true");
            }
            Node entry = Node.of(component);
            if (!component.equals(fileName()) && !components.contains(entry)) {
                components.add(entry);
            }
        }
        return components.size() == before ? document : set(document, "components", new ListNode(components));
    }

    private boolean exists(String component) {
        if (component.startsWith("/")) {
            return false;
        }
        Result<String> path = SnapshotPaths.normalize(SnapshotPaths.join(directory, component));
        return !path.hasErrors() && SnapshotPaths.resolve(snapshot, path.value()).isFound();
    }

    private String fileName() {
        return file.substring(file.lastIndexOf('/') + 1);
    }

    /** The value of {@code field} (matched ignoring case, as kustomize reads it) as a list; empty when unset. */
    static ListNode listField(MapNode document, String field, String file) throws EditFailure {
        Node value = get(document, field);
        if (value.isNull()) {
            return ListNode.empty();
        }
        return value.asList().orElseThrow(() -> EditFailure.at(file, FieldPath.of(field),
                "'" + field + "' must be a list to add Argo CD's kustomize overrides to it"));
    }

    /** The value of {@code field} as a map; empty when unset. */
    static MapNode mapField(MapNode document, String field, String file) throws EditFailure {
        Node value = get(document, field);
        if (value.isNull()) {
            return MapNode.empty();
        }
        return value.asMap().orElseThrow(() -> EditFailure.at(file, FieldPath.of(field),
                "'" + field + "' must be a mapping to add Argo CD's kustomize overrides to it"));
    }

    /** {@code document} with {@code field} set to {@code value}, replacing any spelling of it in another case. */
    static MapNode set(MapNode document, String field, Node value) {
        MapNode out = document;
        for (String key : document.keys()) {
            if (key.equalsIgnoreCase(field) && !key.equals(field)) {
                out = out.without(key);
            }
        }
        return out.with(field, value);
    }

    private static Node get(MapNode document, String field) {
        Optional<Node> exact = document.get(field);
        if (exact.isPresent()) {
            return exact.get();
        }
        return document.keys().stream().filter(field::equalsIgnoreCase).findFirst()
                .flatMap(document::get).orElse(Node.nullNode());
    }
}
