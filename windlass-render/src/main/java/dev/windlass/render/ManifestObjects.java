package dev.windlass.render;

import dev.windlass.model.Issue;
import dev.windlass.model.KubeObject;
import dev.windlass.model.Location;
import dev.windlass.model.Origin;
import dev.windlass.model.codec.ParsedDocument;
import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns the documents of one file into Kubernetes objects, as Argo CD's directory source does:
 * empty documents are dropped, a file with no document that looks like a manifest is skipped with
 * a warning, {@code *List} documents are flattened into their items, and every other document must
 * be a map with a non-empty string {@code apiVersion} and {@code kind}.
 */
final class ManifestObjects {

    private static final String API_VERSION = "apiVersion";
    private static final String KIND = "kind";

    private final String file;
    private final List<KubeObject> objects = new ArrayList<>();
    private final List<Issue> issues = new ArrayList<>();

    private ManifestObjects(String file) {
        this.file = file;
    }

    /** The objects of {@code documents}, read from {@code file} (a path relative to the snapshot root). */
    static ManifestFile.Outcome extract(String file, List<ParsedDocument> documents) {
        List<ParsedDocument> nonEmpty = documents.stream().filter(d -> !d.isEmpty()).toList();
        if (nonEmpty.isEmpty()) {
            return new ManifestFile.Outcome(List.of(), List.of());
        }
        if (nonEmpty.stream().noneMatch(ManifestObjects::looksLikeManifest)) {
            return ManifestFile.Outcome.of(Issue.warning(RenderMessages.NOT_A_MANIFEST, Location.file(file),
                    RenderMessages.notAManifest()));
        }
        ManifestObjects extractor = new ManifestObjects(file);
        nonEmpty.forEach(extractor::document);
        return new ManifestFile.Outcome(extractor.objects, extractor.issues);
    }

    private static boolean looksLikeManifest(ParsedDocument document) {
        return document.content().asMap().map(m -> m.containsKey(API_VERSION) || m.containsKey(KIND)).orElse(false);
    }

    private void document(ParsedDocument document) {
        Origin origin = new Origin(file, document.index(), document.start(), document.sourceMap());
        String what = RenderMessages.document(document.index());
        Optional<MapNode> map = checkedObject(document.content(), origin, what);
        if (map.isEmpty()) {
            return;
        }
        Optional<ListNode> items = listItems(map.get());
        if (items.isEmpty()) {
            objects.add(KubeObject.of(map.get(), origin));
            return;
        }
        for (int i = 0; i < items.get().size(); i++) {
            Origin itemOrigin = origin.item(i);
            checkedObject(items.get().items().get(i), itemOrigin, RenderMessages.item(i, document.index()))
                    .ifPresent(item -> objects.add(KubeObject.of(item, itemOrigin)));
        }
    }

    /**
     * The items of a list document ({@code kind: List}, {@code ConfigMapList}, ...), which stands for
     * its items; empty for any other object. A {@code *List} with {@code items: null} and no spec or
     * status is an empty list, as Argo CD reads it.
     */
    private static Optional<ListNode> listItems(MapNode object) {
        if (!object.getText(KIND).orElse("").endsWith("List")) {
            return Optional.empty();
        }
        Optional<Node> items = object.get("items");
        if (items.isEmpty()) {
            return Optional.empty();
        }
        if (items.get().isNull() && !object.containsKey("spec") && !object.containsKey("status")) {
            return Optional.of(ListNode.empty());
        }
        return items.get().asList();
    }

    /** {@code value} as an object when it is a map with apiVersion and kind; otherwise records why not. */
    private Optional<MapNode> checkedObject(Node value, Origin origin, String what) {
        Optional<MapNode> map = value.asMap();
        if (map.isEmpty()) {
            issues.add(Issue.error(RenderMessages.NOT_AN_OBJECT, origin.location(), RenderMessages.notAnObject(what, value)));
            return Optional.empty();
        }
        boolean ok = checkField(map.get(), API_VERSION, origin, what);
        ok &= checkField(map.get(), KIND, origin, what);
        return ok ? map : Optional.empty();
    }

    private boolean checkField(MapNode map, String field, Origin origin, String what) {
        Optional<Node> value = map.get(field);
        if (value.isEmpty()) {
            issues.add(Issue.error(RenderMessages.MISSING_FIELD, origin.location(), RenderMessages.missingField(what, field)));
            return false;
        }
        if (value.get().asText().filter(text -> !text.isEmpty()).isEmpty()) {
            issues.add(Issue.error(RenderMessages.WRONG_TYPE, origin.locate(FieldPath.of(field)),
                    RenderMessages.wrongType(what, field, value.get())));
            return false;
        }
        return true;
    }
}
