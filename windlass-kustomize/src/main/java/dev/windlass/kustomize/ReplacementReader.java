package dev.windlass.kustomize;

import dev.windlass.model.codec.CodecLimits;
import dev.windlass.model.codec.ParsedDocument;
import dev.windlass.model.codec.ParsedStream;
import dev.windlass.model.codec.ScalarSchema;
import dev.windlass.model.codec.YamlReader;
import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads a kustomization's {@code replacements}: inline entries (strictly, like the rest of the
 * kustomization) and {@code path:} entries naming a file that holds one replacement or a list of
 * them (read leniently, first YAML document only, as kustomize does).
 */
final class ReplacementReader {

    static final String FIELD = "replacements";

    private static final YamlReader YAML = YamlReader.create(CodecLimits.DEFAULT, ScalarSchema.YAML_1_2).withoutPositions();
    private static final Set<String> ENTRY = Set.of("path", "source", "targets");
    private static final Set<String> REPLACEMENT = Set.of("source", "targets");
    private static final Set<String> SOURCE = Set.of("group", "version", "kind", "name", "namespace", "fieldPath", "options");
    private static final Set<String> SELECTOR = Set.of("group", "version", "kind", "name", "namespace", "labelSelector",
            "annotationSelector");
    private static final Set<String> TARGET = Set.of("select", "reject", "fieldPaths", "options");
    private static final Set<String> OPTIONS = Set.of("delimiter", "index", "encoding", "create");

    /** Loads the text of a file a {@code path:} entry names, relative to the kustomization. */
    interface Files {
        String text(Kustomization k, String path, FieldPath field) throws KustomizeFailure;
    }

    private final boolean strict;

    private ReplacementReader(boolean strict) {
        this.strict = strict;
    }

    static List<Replacement> read(Kustomization k, Files files) throws KustomizeFailure {
        Node value = k.document().get(FIELD).orElse(Node.nullNode());
        if (value.isNull()) {
            return List.of();
        }
        ListNode entries = value.asList().orElseThrow(() -> KustomizeFailure.at(KustomizationReader.INVALID, k.file(),
                FieldPath.of(FIELD), "'replacements' must be a list"));
        List<Replacement> out = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            FieldPath at = FieldPath.of(FIELD).index(i);
            TypedFields entry = TypedFields.of(entries.items().get(i), k.file(), at, ENTRY, true, "a replacement");
            String path = entry.text("path");
            if (path.isEmpty()) {
                out.add(new ReplacementReader(true).replacement(entry));
                continue;
            }
            if (entry.has("source") || !entry.list("targets").isEmpty()) {
                throw entry.fail(null, "cannot specify both path and inline replacement; write the replacement in '"
                        + path + "' or inline, not both");
            }
            out.addAll(fromFile(k, entry.at("path"), files.text(k, path, entry.at("path")), path));
        }
        return out;
    }

    private static List<Replacement> fromFile(Kustomization k, FieldPath at, String text, String path)
            throws KustomizeFailure {
        ParsedStream parsed = YAML.read(path, text);
        if (parsed.hasErrors()) {
            throw new KustomizeFailure(parsed.issues().get(0));
        }
        Node content = parsed.documents().stream().filter(d -> !d.isEmpty()).map(ParsedDocument::content)
                .findFirst().orElse(Node.nullNode());
        ReplacementReader lenient = new ReplacementReader(false);
        List<Replacement> out = new ArrayList<>();
        if (content instanceof MapNode) {
            out.add(lenient.replacement(TypedFields.of(content, k.file(), at, REPLACEMENT, false, "a replacement")));
        } else if (content instanceof ListNode list) {
            for (int i = 0; i < list.size(); i++) {
                out.add(lenient.replacement(TypedFields.of(list.items().get(i), k.file(), at, REPLACEMENT, false,
                        "replacement " + i + " of " + path)));
            }
        } else {
            throw KustomizeFailure.at(KustomizationReader.INVALID, k.file(), at, "unsupported replacement type encountered"
                    + " within replacement path '" + path + "': write one replacement (a mapping) or a list of them");
        }
        return out;
    }

    private Replacement replacement(TypedFields entry) throws KustomizeFailure {
        Replacement.Source source = null;
        if (entry.has("source")) {
            TypedFields s = fields(entry, "source", SOURCE, "a replacement source");
            source = new Replacement.Source(id(s), s.text("fieldPath"), options(s));
        }
        List<Replacement.Target> targets = null;
        if (entry.has("targets")) {
            targets = new ArrayList<>();
            List<Node> items = entry.list("targets");
            for (int i = 0; i < items.size(); i++) {
                FieldPath at = entry.at("targets").index(i);
                targets.add(target(TypedFields.of(items.get(i), entry.file(), at, TARGET, strict, "a replacement target")));
            }
        }
        return new Replacement(entry.file(), entry.at(), source, targets);
    }

    private Replacement.Target target(TypedFields t) throws KustomizeFailure {
        Replacement.Selector select = t.has("select") ? selector(fields(t, "select", SELECTOR, "a target selector")) : null;
        List<Replacement.Selector> reject = new ArrayList<>();
        List<Node> rejects = t.list("reject");
        for (int i = 0; i < rejects.size(); i++) {
            reject.add(selector(TypedFields.of(rejects.get(i), t.file(), t.at("reject").index(i), SELECTOR, strict,
                    "a reject selector")));
        }
        List<String> paths = new ArrayList<>();
        List<Node> items = t.list("fieldPaths");
        for (int i = 0; i < items.size(); i++) {
            Node item = items.get(i);
            if (item instanceof MapNode || item instanceof ListNode) {
                throw t.fail("fieldPaths", "each fieldPaths entry is a path (a string)");
            }
            paths.add(Scalars.text(item));
        }
        return new Replacement.Target(select, reject, paths, options(t));
    }

    private static Replacement.Selector selector(TypedFields s) throws KustomizeFailure {
        return new Replacement.Selector(id(s), s.text("labelSelector"), s.text("annotationSelector"));
    }

    private static Replacement.IdSelector id(TypedFields s) throws KustomizeFailure {
        return new Replacement.IdSelector(s.text("group"), s.text("version"), s.text("kind"), s.text("name"),
                s.text("namespace"));
    }

    private Replacement.Options options(TypedFields owner) throws KustomizeFailure {
        if (!owner.has("options")) {
            return Replacement.Options.NONE;
        }
        TypedFields o = fields(owner, "options", OPTIONS, "replacement options");
        return new Replacement.Options(o.text("delimiter"), o.integer("index"), o.flag("create"));
    }

    private TypedFields fields(TypedFields owner, String key, Set<String> known, String what) throws KustomizeFailure {
        return TypedFields.of(owner.get(key).orElseThrow(), owner.file(), owner.at(key), known, strict, what);
    }
}
