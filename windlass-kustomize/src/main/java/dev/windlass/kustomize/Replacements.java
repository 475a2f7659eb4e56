package dev.windlass.kustomize;

import dev.windlass.kustomize.KustomizeFieldPath.PathException;
import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.model.tree.StringNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * kustomize's ReplacementTransformer: for each replacement in order, reads the value from the
 * one resource its source selects and writes it to every field path of every selected target.
 * A scalar target keeps its type and takes the value's text; a map or list target is replaced
 * by the value.
 */
final class Replacements {

    static final String FAILED = "KustomizeReplacementFailed";

    private Replacements() {
    }

    static List<Resource> apply(List<Replacement> replacements, List<Resource> resources) throws KustomizeFailure {
        List<Resource> out = new ArrayList<>(resources);
        for (Replacement r : replacements) {
            if (r.source() == null || r.targets() == null) {
                throw fail(r, null, "replacements must specify a source and at least one target");
            }
            Node value = sourceValue(r, out);
            for (int t = 0; t < r.targets().size(); t++) {
                apply(r, t, value, out);
            }
        }
        return out;
    }

    private static Node sourceValue(Replacement r, List<Resource> resources) throws KustomizeFailure {
        Replacement.Source source = r.source();
        Resource selected = null;
        for (Resource candidate : resources) {
            if (source.id().selectsAnyId(candidate)) {
                if (selected != null) {
                    throw fail(r, "source", "multiple matches for selector " + source.describe()
                            + "; narrow the source with kind, name or namespace");
                }
                selected = candidate;
            }
        }
        if (selected == null) {
            throw fail(r, "source", "nothing selected by " + source.describe());
        }
        Node found;
        try {
            found = KustomizeFieldPath.lookup(selected.object().content(), KustomizeFieldPath.split(source.fieldPath()))
                    .orElse(null);
        } catch (PathException e) {
            throw fail(r, "source", "error looking up replacement source: " + e.getMessage());
        }
        if (found == null || found.isNull() || isEmptyCollection(found)) {
            throw fail(r, "source", "fieldPath `" + source.fieldPath() + "` is missing for replacement source "
                    + source.id().describe());
        }
        return refine(r, source.options(), found);
    }

    private static Node refine(Replacement r, Replacement.Options options, Node value) throws KustomizeFailure {
        if (options.delimiter().isEmpty()) {
            return value;
        }
        if (!KustomizeFieldPath.isScalar(value)) {
            throw fail(r, "source.options", "delimiter option can only be used with scalar nodes");
        }
        String text = Scalars.text(value);
        String[] parts = split(text, options.delimiter());
        if (options.index() < 0 || options.index() >= parts.length) {
            throw fail(r, "source.options", "options.index " + options.index() + " is out of bounds for value " + text);
        }
        return sameType(value, parts[options.index()]);
    }

    private static void apply(Replacement r, int t, Node value, List<Resource> resources) throws KustomizeFailure {
        Replacement.Target target = r.targets().get(t);
        String field = "targets[" + t + "]";
        if (target.select() == null) {
            throw fail(r, field, "target must specify resources to select");
        }
        for (int i = 0; i < resources.size(); i++) {
            Resource candidate = resources.get(i);
            if (target.selects(candidate)) {
                resources.set(i, candidate.withContent(stringAnnotations(copyTo(r, field, candidate, target, value))));
            }
        }
    }

    private static MapNode copyTo(Replacement r, String field, Resource resource, Replacement.Target target, Node value)
            throws KustomizeFailure {
        MapNode object = resource.object().content();
        KustomizePathMatcher.Create create = !target.options().create() ? KustomizePathMatcher.Create.NONE
                : value instanceof MapNode ? KustomizePathMatcher.Create.MAP
                : value instanceof ListNode ? KustomizePathMatcher.Create.LIST : KustomizePathMatcher.Create.SCALAR;
        for (String path : target.fieldPaths()) {
            String problem = (create == KustomizePathMatcher.Create.NONE ? "unable to find field \""
                    : "unable to find or create field \"") + path + "\" in replacement target";
            try {
                KustomizePathMatcher.Result result = KustomizePathMatcher.apply(object, KustomizeFieldPath.split(path),
                        create, current -> set(current, value, target.options()));
                if (result.matches() == 0) {
                    throw fail(r, field, problem + " " + describe(resource) + "; fix the path or set options.create");
                }
                object = result.object();
            } catch (PathException e) {
                throw fail(r, field, problem + " " + describe(resource) + ": " + e.getMessage());
            }
        }
        return object;
    }

    /** kustomize's setFieldValue; {@code current} is {@code null} for a scalar just created. */
    static Node set(Node current, Node value, Replacement.Options options) throws PathException {
        Node written = value;
        if (!options.delimiter().isEmpty()) {
            if (current != null && !KustomizeFieldPath.isScalar(current)) {
                throw new PathException("delimiter option can only be used with scalar nodes");
            }
            List<String> parts = new ArrayList<>(Arrays.asList(split(current == null ? "" : Scalars.text(current),
                    options.delimiter())));
            String text = KustomizeFieldPath.isScalar(value) ? Scalars.text(value) : "";
            if (options.index() < 0) {
                parts.add(0, text);
            } else if (options.index() >= parts.size()) {
                parts.add(text);
            } else {
                parts.set(options.index(), text);
            }
            written = sameType(value, String.join(options.delimiter(), parts));
        }
        if (current != null && !KustomizeFieldPath.isScalar(current)) {
            return written;
        }
        String text = KustomizeFieldPath.isScalar(written) ? Scalars.text(written) : "";
        return current instanceof StringNode ? new StringNode(text) : KustomizePathMatcher.plain(text);
    }

    /**
     * kustomize rewrites {@code metadata.annotations} as strings when it writes its output (labels it
     * leaves alone), so a number copied into an annotation comes out as {@code "80"}.
     */
    static MapNode stringAnnotations(MapNode object) {
        MapNode metadata = object.getMap("metadata").orElse(null);
        MapNode annotations = metadata == null ? null : metadata.getMap("annotations").orElse(null);
        if (annotations == null || annotations.asJavaMap().values().stream().allMatch(v -> v instanceof StringNode)) {
            return object;
        }
        MapNode.Builder strings = MapNode.builder();
        annotations.asJavaMap().forEach((k, v) -> strings.put(k, v instanceof StringNode || !KustomizeFieldPath.isScalar(v)
                ? v : Node.of(Scalars.text(v))));
        return object.with("metadata", metadata.with("annotations", strings.build()));
    }

    private static Node sameType(Node original, String text) {
        return original instanceof StringNode ? new StringNode(text) : KustomizePathMatcher.plain(text);
    }

    private static String[] split(String text, String delimiter) {
        return text.split(Pattern.quote(delimiter), -1);
    }

    private static boolean isEmptyCollection(Node node) {
        return node instanceof MapNode map && map.isEmpty() || node instanceof ListNode list && list.isEmpty();
    }

    private static String describe(Resource r) {
        String namespace = Replacement.namespaceOf(r);
        return r.object().kind() + "/" + (namespace.isEmpty() ? "" : namespace + "/") + r.object().name();
    }

    private static KustomizeFailure fail(Replacement r, String sub, String message) {
        FieldPath at = r.field();
        if (sub != null && sub.startsWith("targets[")) {
            at = at.key("targets").index(Integer.parseInt(sub.substring(8, sub.length() - 1)));
        } else if (sub != null) {
            for (String key : sub.split("\\.")) {
                at = at.key(key);
            }
        }
        return KustomizeFailure.at(FAILED, r.file(), at, message);
    }
}
