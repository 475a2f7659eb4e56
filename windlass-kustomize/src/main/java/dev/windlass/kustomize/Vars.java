package dev.windlass.kustomize;

import dev.windlass.kustomize.KustomizeFieldPath.PathException;
import dev.windlass.model.GroupVersionKind;
import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.model.tree.NullNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * kustomize's {@code vars}: reads a kustomization's declarations, ties each var to the one
 * object it refers to when its level is accumulated (kustomize's {@code MergeVars}), and at the
 * end of the build expands {@code $(NAME)} in the var reference fields with the values read from
 * those objects (kustomize's {@code ResolveVars}).
 */
final class Vars {

    static final String FIELD = "vars";
    static final String AMBIGUOUS = "KustomizeVarAmbiguous";
    static final String DUPLICATE = "KustomizeVarDuplicate";
    static final String UNRESOLVED = "KustomizeVarUnresolved";

    private static final Set<String> VAR = Set.of("name", "objref", "fieldref");
    private static final Set<String> OBJREF = Set.of("apiVersion", "group", "version", "kind", "name", "namespace");
    private static final Set<String> FIELDREF = Set.of("fieldPath");

    private Vars() {
    }

    /** The {@code vars} of {@code k}, in the file's order. */
    static List<Var> read(Kustomization k) throws KustomizeFailure {
        Node value = k.document().get(FIELD).orElse(Node.nullNode());
        if (value.isNull()) {
            return List.of();
        }
        ListNode entries = value.asList().orElseThrow(() -> KustomizeFailure.at(KustomizationReader.INVALID, k.file(),
                FieldPath.of(FIELD), "'vars' must be a list"));
        List<Var> out = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            FieldPath at = FieldPath.of(FIELD).index(i);
            TypedFields entry = TypedFields.of(entries.items().get(i), k.file(), at, VAR, true, "a var");
            TypedFields ref = TypedFields.of(entry.get("objref").orElse(MapNode.empty()), k.file(), at.key("objref"),
                    OBJREF, true, "a var objref");
            TypedFields field = TypedFields.of(entry.get("fieldref").orElse(MapNode.empty()), k.file(),
                    at.key("fieldref"), FIELDREF, true, "a var fieldref");
            out.add(new Var(entry.text("name"), gvk(ref), ref.text("name"), ref.text("namespace"),
                    field.text("fieldPath"), k.file(), at));
        }
        return out;
    }

    /** kustomize's objref: {@code apiVersion}, when given, overrides group and version ({@code v1} sets the version only). */
    private static GroupVersionKind gvk(TypedFields ref) throws KustomizeFailure {
        String group = ref.text("group");
        String version = ref.text("version");
        String apiVersion = ref.text("apiVersion");
        String[] parts = apiVersion.split("/", -1);
        if (!apiVersion.isEmpty() && parts.length == 2) {
            group = parts[0];
            version = parts[1];
        } else if (!apiVersion.isEmpty() && parts.length == 1) {
            version = parts[0];
        }
        return new GroupVersionKind(group, version, ref.text("kind"));
    }

    /**
     * Ties each var to the resource it refers to among {@code resources} (by any name the resource
     * has had); a var that refers to none is tied to nothing and fails when resolved.
     */
    static List<Resource> tag(List<Var> vars, List<Resource> resources) throws KustomizeFailure {
        List<Resource> out = new ArrayList<>(resources);
        for (Var v : vars) {
            List<Integer> matched = new ArrayList<>();
            for (int i = 0; i < out.size(); i++) {
                if (v.refersTo(out.get(i))) {
                    matched.add(i);
                }
            }
            if (matched.size() > 1) {
                throw KustomizeFailure.at(AMBIGUOUS, v.file(), v.field(), "found " + matched.size()
                        + " resources matching var " + v.describe() + " (unable to disambiguate); give objref a namespace"
                        + " or declare the var in a kustomization that holds only one of them");
            }
            if (matched.size() == 1) {
                out.set(matched.get(0), out.get(matched.get(0)).withVar(v.name()));
            }
        }
        return out;
    }

    /** Expands every var in {@code specs}' fields of {@code resources}; no vars leaves them as they are. */
    static List<Resource> resolve(List<Var> vars, List<Resource> resources, List<FieldSpec> specs)
            throws KustomizeFailure {
        Map<String, Object> values = values(vars, resources);
        if (values.isEmpty()) {
            return resources;
        }
        List<Resource> out = new ArrayList<>(resources.size());
        for (Resource r : resources) {
            MapNode content = r.object().content();
            for (FieldSpec spec : specs) {
                if (spec.selects(r.object().gvk())) {
                    content = VarReferences.expand(content, spec, values, r.file());
                }
            }
            out.add(content.equals(r.object().content()) ? r : r.withContent(Replacements.stringAnnotations(content)));
        }
        return out;
    }

    private static Map<String, Object> values(List<Var> vars, List<Resource> resources) throws KustomizeFailure {
        Map<String, Object> values = new HashMap<>();
        List<Var> sorted = vars.stream().sorted(Comparator.comparing(Var::name)).toList();
        for (Var v : sorted) {
            Resource source = resources.stream().filter(r -> r.vars().contains(v.name())).findFirst()
                    .orElseThrow(() -> KustomizeFailure.at(UNRESOLVED, v.file(), v.field(), "var " + v.describe()
                            + " cannot be mapped to a field in the set of known resources; check objref's apiVersion,"
                            + " kind and name against the object (vars match them exactly)"));
            Node found;
            try {
                found = KustomizeFieldPath.lookup(source.object().content(),
                        KustomizeFieldPath.splitWithIndexes(v.fieldPath())).orElse(null);
            } catch (PathException e) {
                found = null;
            }
            if (found == null) {
                throw KustomizeFailure.at(UNRESOLVED, v.file(), v.field().key("fieldref"), "field specified in var "
                        + v.describe() + " not found in corresponding resource " + source.object().kind() + "/"
                        + source.object().name());
            }
            Object value = primitive(found);
            if (value != null) {
                values.put(v.name(), value);
            }
        }
        return values;
    }

    /** A var's value as kustomize maps it: strings, numbers and booleans; maps and lists are not substituted. */
    private static Object primitive(Node node) {
        if (node instanceof MapNode || node instanceof ListNode) {
            return null;
        }
        return node instanceof NullNode ? "" : node.toPlain();
    }
}
