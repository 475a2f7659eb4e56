package dev.windlass.engine.diff;

import dev.windlass.model.Issue;
import dev.windlass.model.Location;
import dev.windlass.model.ResourceKey;
import dev.windlass.model.Result;
import dev.windlass.model.patch.JsonPointer;
import dev.windlass.model.patch.PatchException;
import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads {@code spec.ignoreDifferences} entries into {@link IgnoreDifference}s, collecting issues. */
final class IgnoreDifferenceParser {

    private static final FieldPath BASE = FieldPath.of("spec", "ignoreDifferences");

    private final ResourceKey application;
    private final List<Issue> issues = new ArrayList<>();

    private IgnoreDifferenceParser(ResourceKey application) {
        this.application = application;
    }

    static Result<List<IgnoreDifference>> parse(ListNode entries, ResourceKey application) {
        IgnoreDifferenceParser parser = new IgnoreDifferenceParser(application);
        List<IgnoreDifference> parsed = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            parser.entry(entries.items().get(i), BASE.index(i)).ifPresent(parsed::add);
        }
        return Result.of(List.copyOf(parsed), parser.issues);
    }

    private Optional<IgnoreDifference> entry(Node node, FieldPath at) {
        if (!(node instanceof MapNode entry)) {
            return error(at, DiffMessages.notAMap());
        }
        int before = errorCount();
        String group = text(entry, "group", at);
        String kind = text(entry, "kind", at);
        String name = text(entry, "name", at);
        String namespace = text(entry, "namespace", at);
        List<String> pointers = pointers(entry, at.key("jsonPointers"));
        List<String> expressions = expressions(entry, at.key("jqPathExpressions"));
        List<String> managers = texts(entry, "managedFieldsManagers", at);
        boolean kindAbsent = entry.get("kind").filter(n -> !n.isNull()).isEmpty();
        if (kindAbsent || entry.getText("kind").filter(String::isEmpty).isPresent()) {
            error(at, DiffMessages.missingKind());
        }
        if (errorCount() > before) {
            return Optional.empty();
        }
        return Optional.of(new IgnoreDifference(group, kind, name, namespace, pointers, expressions, managers));
    }

    private List<String> pointers(MapNode entry, FieldPath at) {
        List<String> pointers = texts(entry, "jsonPointers", at.parent());
        for (int i = 0; i < pointers.size(); i++) {
            try {
                JsonPointer.parse(pointers.get(i));
            } catch (PatchException e) {
                error(at.index(i), DiffMessages.badPointer(pointers.get(i), e.getMessage()));
            }
        }
        return pointers;
    }

    private List<String> expressions(MapNode entry, FieldPath at) {
        List<String> kept = new ArrayList<>();
        List<String> expressions = texts(entry, "jqPathExpressions", at.parent());
        for (int i = 0; i < expressions.size(); i++) {
            try {
                JqPathParser.parse(expressions.get(i));
                kept.add(expressions.get(i));
            } catch (JqPathParser.Unsupported e) {
                issues.add(Issue.warning(DiffMessages.UNSUPPORTED_JQ, location(at.index(i)),
                        DiffMessages.unsupportedJq(expressions.get(i), e.getMessage())));
            }
        }
        return kept;
    }

    private String text(MapNode entry, String field, FieldPath at) {
        Node value = entry.get(field).orElse(Node.nullNode());
        if (value.isNull()) {
            return "";
        }
        return value.asText().orElseGet(() -> {
            error(at.key(field), DiffMessages.notText(field));
            return "";
        });
    }

    private List<String> texts(MapNode entry, String field, FieldPath at) {
        Node value = entry.get(field).orElse(Node.nullNode());
        if (value.isNull()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        if (value instanceof ListNode list && list.items().stream().allMatch(item -> item.asText().isPresent())) {
            list.items().forEach(item -> out.add(item.asText().orElseThrow()));
            return out;
        }
        error(at.key(field), DiffMessages.notTextList(field));
        return out;
    }

    private <T> Optional<T> error(FieldPath at, String message) {
        issues.add(Issue.error(DiffMessages.INVALID_IGNORE_DIFFERENCE, location(at), message));
        return Optional.empty();
    }

    private int errorCount() {
        return (int) issues.stream().filter(Issue::isError).count();
    }

    private Location location(FieldPath at) {
        return Location.of(application, at);
    }
}
