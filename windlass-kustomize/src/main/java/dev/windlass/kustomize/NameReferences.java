package dev.windlass.kustomize;

import dev.windlass.kustomize.TransformerConfig.NameBackReference;
import dev.windlass.model.GroupVersionKind;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.model.tree.StringNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * kustomize's name reference fixing ({@code FixBackReferences}): after the whole tree is built,
 * every field that names another object (a ConfigMap in a volume, a ServiceAccount in a
 * RoleBinding subject …) is rewritten to that object's current name. The referral is picked the
 * way kustomize picks it: among objects the referrer can see, those that had the old name before,
 * of the referral kind, of the kind a {@code roleRef} names, in the referrer's namespace (cluster
 * scoped objects and ServiceAccounts excepted), then those whose name prefixes and suffixes end
 * like the referrer's. Several different objects left is an error.
 */
final class NameReferences {

    static final String AMBIGUOUS = "KustomizeAmbiguousNameReference";
    static final String INVALID = "KustomizeNameReferenceInvalid";

    private final String kustomizationFile;
    private final List<NameBackReference> table;
    private final List<Resource> current;
    /** What the sieves read of each resource, kept equal to {@code current}: parsed once, not per comparison. */
    private final Facts[] facts;
    /** Indices (ascending) of the resources that had each name before: the first sieve, without a scan. */
    private final Map<String, List<Integer>> byPreviousName = new HashMap<>();
    private final Map<GroupVersionKind, List<Filter>> filtersByKind = new HashMap<>();

    private NameReferences(String kustomizationFile, List<NameBackReference> table, List<Resource> resources) {
        this.kustomizationFile = kustomizationFile;
        this.table = table;
        this.current = new ArrayList<>(resources);
        this.facts = new Facts[resources.size()];
        for (int i = 0; i < facts.length; i++) {
            facts[i] = Facts.of(current.get(i));
            for (String name : previousNames(current.get(i))) {
                byPreviousName.computeIfAbsent(name, n -> new ArrayList<>()).add(i);
            }
        }
    }

    /** The resources with their name references fixed; {@code kustomizationFile} is the top one, for messages. */
    static List<Resource> fix(String kustomizationFile, List<NameBackReference> table, List<Resource> resources)
            throws KustomizeFailure {
        NameReferences fixer = new NameReferences(kustomizationFile, table, resources);
        for (int i = 0; i < resources.size(); i++) {
            fixer.fixReferrer(i);
        }
        return List.copyOf(fixer.current);
    }

    /** One referrer field to update: where it is and what kind of object it names. */
    private record Filter(FieldSpec field, GroupVersionKind target) {
    }

    /**
     * The parts of a resource's id the sieves compare, read once per version of the resource.
     *
     * @param namespace the raw {@code metadata.namespace}, {@code ""} when unset
     * @param originalNamespace the effective namespace it had first, {@link Resource#NOT_NAMESPACED} for cluster-scoped kinds
     */
    private record Facts(GroupVersionKind gvk, String name, String namespace, String effectiveNamespace,
            String originalNamespace) {

        static Facts of(Resource r) {
            return new Facts(r.object().gvk(), r.object().name(), r.namespace(), r.effectiveNamespace(),
                    NameReferences.originalNamespace(r));
        }

        boolean clusterScoped() {
            return effectiveNamespace.equals(Resource.NOT_NAMESPACED);
        }
    }

    private static Set<String> previousNames(Resource r) {
        Set<String> names = new LinkedHashSet<>();
        r.previousIds().forEach(id -> names.add(id.name()));
        return names;
    }

    private void fixReferrer(int index) throws KustomizeFailure {
        List<Filter> filters = filters(current.get(index).originalGvk());
        if (filters.isEmpty()) {
            return;
        }
        Visibility candidates = new Visibility(facts[index], serviceAccountNamespaces(current.get(index)), index);
        for (Filter filter : filters) {
            Referrer referrer = new Referrer(index, filter, candidates);
            MapNode before = current.get(index).object().content();
            Node updated = referrer.visit(before, 0);
            current.set(index, current.get(index).withContent((MapNode) updated));
            if (updated != before) {
                facts[index] = Facts.of(current.get(index));
            }
        }
    }

    /** The referrer fields of objects first of kind {@code original}, in the table's order. */
    private List<Filter> filters(GroupVersionKind original) {
        return filtersByKind.computeIfAbsent(original, gvk -> {
            List<Filter> filters = new ArrayList<>();
            for (NameBackReference reference : table) {
                for (FieldSpec spec : reference.referrers()) {
                    if (spec.selects(gvk)) {
                        filters.add(new Filter(spec, reference.gvk()));
                    }
                }
            }
            return List.copyOf(filters);
        });
    }

    /**
     * kustomize's {@code SubsetThatCouldBeReferencedByResource}, as a test on an index: what the
     * referrer could see when its fixing began (only the referrer itself changes meanwhile).
     */
    private final class Visibility {
        private final Facts referrer;
        private final Set<String> bindingNamespaces;
        private final int index;

        Visibility(Facts referrer, Set<String> bindingNamespaces, int index) {
            this.referrer = referrer;
            this.bindingNamespaces = bindingNamespaces;
            this.index = index;
        }

        boolean contains(int i) {
            Facts target = i == index ? referrer : facts[i];
            return referrer.clusterScoped() || target.clusterScoped()
                    || target.effectiveNamespace().equals(referrer.effectiveNamespace())
                    || bindingNamespaces.contains(target.namespace());
        }
    }

    /** The namespaces of the ServiceAccount subjects of a RoleBinding: objects there are visible to it. */
    private Set<String> serviceAccountNamespaces(Resource referrer) throws KustomizeFailure {
        Set<String> out = new HashSet<>();
        if (!referrer.object().kind().equals("RoleBinding")) {
            return out;
        }
        for (Node subject : referrer.object().content().getList("subjects").map(ListNode::items).orElse(List.of())) {
            MapNode map = subject.asMap().orElse(MapNode.empty());
            if (map.containsKey("namespace") && map.getText("kind").map("ServiceAccount"::equals).orElse(false)) {
                Node namespace = map.get("namespace").orElseThrow();
                if (!(namespace instanceof StringNode text)) {
                    throw failure(INVALID, "Invalid Input: namespace is blank for resource " + describe(referrer)
                            + "; give each ServiceAccount subject a namespace");
                }
                out.add(text.value());
            }
        }
        return out;
    }

    /** Applies one filter to one referrer: walks the field spec path and rewrites the names found. */
    private final class Referrer {
        private final int index;
        private final Filter filter;
        private final Visibility candidates;
        private final boolean roleRef;

        Referrer(int index, Filter filter, Visibility candidates) {
            this.index = index;
            this.filter = filter;
            this.candidates = candidates;
            this.roleRef = pathText().endsWith("roleRef/name");
        }

        Node visit(Node node, int at) throws KustomizeFailure {
            List<String> path = filter.field().path();
            if (at == path.size()) {
                return set(node);
            }
            if (node.isNull()) {
                return node;
            }
            if (node instanceof ListNode list) {
                List<Node> items = new ArrayList<>(list.size());
                boolean changed = false;
                for (Node item : list.items()) {
                    Node visited = visit(item, at);
                    changed |= visited != item;
                    items.add(visited);
                }
                return changed ? new ListNode(items) : list;
            }
            if (!(node instanceof MapNode map)) {
                throw failure(INVALID, "considering field '" + pathText() + "' of object " + describe(self())
                        + ": expected sequence or mapping node; fix the object or the nameReference configuration");
            }
            String segment = path.get(at);
            String key = segment.endsWith("[]") ? segment.substring(0, segment.length() - 2) : segment;
            Node child = map.get(key).orElse(null);
            if (child == null) {
                return map;
            }
            Node changed = visit(child, at + 1);
            return changed == child || changed.equals(child) ? map : map.with(key, changed);
        }

        private Node set(Node node) throws KustomizeFailure {
            if (node.isNull()) {
                return node;
            }
            if (node instanceof MapNode map) {
                return setMapping(map);
            }
            if (node instanceof ListNode list) {
                List<Node> items = new ArrayList<>(list.size());
                boolean changed = false;
                for (Node item : list.items()) {
                    if (item instanceof ListNode) {
                        throw failure(INVALID, "an item of field '" + pathText() + "' of " + describe(self())
                                + " is expected to be either a string or a map of string");
                    }
                    Node set = item.isNull() ? item : item instanceof MapNode map ? setMapping(map) : setScalar(item);
                    changed |= set != item;
                    items.add(set);
                }
                return changed ? new ListNode(items) : list;
            }
            return setScalar(node);
        }

        private Node setScalar(Node node) throws KustomizeFailure {
            String oldName = Scalars.text(node);
            Resource referral = select(oldName, candidates::contains, false);
            if (referral == null || referral.object().name().equals(oldName)) {
                return node;
            }
            return Node.of(referral.object().name());
        }

        /** A map with {@code name} and maybe {@code namespace}, such as a RoleBinding subject or a webhook service. */
        private Node setMapping(MapNode map) throws KustomizeFailure {
            Node nameNode = map.get("name").orElse(null);
            if (nameNode == null) {
                throw failure(INVALID, "path config error; no 'name' field in node at '" + pathText() + "' of "
                        + describe(self()) + "; point the nameReference field spec at a name or at a map holding one");
            }
            String oldName = Scalars.text(nameNode);
            Resource referral = select(oldName, byNamespace(map), true);
            if (referral == null || referral.object().name().equals(oldName) && referral.namespace().isEmpty()) {
                return map;
            }
            MapNode out = map.with("name", Node.of(referral.object().name()));
            return referral.namespace().isEmpty() ? out : out.with("namespace", Node.of(referral.namespace()));
        }

        /** Candidates in the map's namespace: first by the namespace they had first, then by their current one. */
        private IntPredicate byNamespace(MapNode map) {
            Node namespaceNode = map.get("namespace").orElse(null);
            if (namespaceNode == null) {
                return candidates::contains;
            }
            String namespace = Scalars.text(namespaceNode);
            IntPredicate original = i -> candidates.contains(i) && !facts[i].clusterScoped()
                    && facts[i].originalNamespace().equals(namespace);
            for (int i = 0; i < facts.length; i++) {
                if (original.test(i)) {
                    return original;
                }
            }
            return i -> candidates.contains(i) && !facts[i].clusterScoped()
                    && facts[i].effectiveNamespace().equals(namespace);
        }

        private Resource select(String oldName, IntPredicate scope, boolean withNamespace) throws KustomizeFailure {
            List<Integer> found = sieve(byPreviousName.getOrDefault(oldName, List.of()), scope);
            found = sieve(found, hadKind(filter.target()));
            found = sieve(found, roleRefKind());
            found = sieve(found, sameNamespaceAsReferrer());
            if (found.size() == 1) {
                return current.get(found.get(0));
            }
            found = sieve(found, i -> prefixesSuffixesEqual(current.get(i), self(), true));
            if (found.size() > 1) {
                found = sieve(found, i -> prefixesSuffixesEqual(current.get(i), self(), false));
            }
            if (found.size() == 1) {
                return current.get(found.get(0));
            }
            if (found.isEmpty()) {
                return null;
            }
            if (allTheSame(found, withNamespace)) {
                return current.get(found.get(0));
            }
            throw failure(AMBIGUOUS, "found multiple possible referrals: " + String.join(", ",
                    found.stream().map(i -> describe(current.get(i))).toList()) + " for the name '" + oldName
                    + "' in field '" + pathText() + "' of " + describe(self())
                    + "; give them different names, prefixes or suffixes, or put them in different namespaces");
        }

        /** When the field is a {@code roleRef} name, only objects of the kind and group the roleRef gives. */
        private IntPredicate roleRefKind() {
            if (!roleRef) {
                return i -> true;
            }
            MapNode roleRef = self().object().content().getMap("roleRef").orElse(null);
            if (roleRef == null || roleRef.get("apiGroup").isEmpty() || roleRef.get("kind").isEmpty()) {
                return i -> true;
            }
            return hadKind(new GroupVersionKind(Scalars.text(roleRef.get("apiGroup").orElseThrow()), "",
                    Scalars.text(roleRef.get("kind").orElseThrow())));
        }

        private IntPredicate sameNamespaceAsReferrer() {
            Facts referrer = facts[index];
            if (referrer.clusterScoped()) {
                return i -> true;
            }
            return i -> facts[i].clusterScoped() || facts[i].gvk().kind().equals("ServiceAccount")
                    || facts[i].effectiveNamespace().equals(referrer.effectiveNamespace());
        }

        private Resource self() {
            return current.get(index);
        }

        private String pathText() {
            return String.join("/", filter.field().path());
        }
    }

    /** Whether one of the ids the object had before is of a kind {@code selector} selects (empty parts: any). */
    private IntPredicate hadKind(GroupVersionKind selector) {
        return i -> matches(selector.group(), facts[i].gvk().group())
                && matches(selector.version(), facts[i].gvk().version())
                && current.get(i).previousIds().stream().anyMatch(id -> matches(selector.kind(), id.kind()));
    }

    private static boolean matches(String wanted, String actual) {
        return wanted.isEmpty() || wanted.equals(actual);
    }

    private static String originalNamespace(Resource r) {
        GroupVersionKind original = r.originalGvk();
        if (ClusterScopedKinds.isClusterScoped(original)) {
            return Resource.NOT_NAMESPACED;
        }
        String namespace = r.originalNamespace();
        return namespace.isEmpty() ? "default" : namespace;
    }

    /** kustomize's {@code PrefixesSuffixesEquals}: the shorter list of prefixes (and of suffixes) ends the longer one. */
    static boolean prefixesSuffixesEqual(Resource a, Resource b, boolean allowEmpty) {
        boolean prefixes = allowEmpty && (a.prefixes().isEmpty() || b.prefixes().isEmpty())
                || sameEnding(a.prefixes(), b.prefixes());
        boolean suffixes = allowEmpty && (a.suffixes().isEmpty() || b.suffixes().isEmpty())
                || sameEnding(a.suffixes(), b.suffixes());
        return prefixes && suffixes;
    }

    private static boolean sameEnding(List<String> a, List<String> b) {
        List<String> shorter = a.size() <= b.size() ? a : b;
        List<String> longer = a.size() <= b.size() ? b : a;
        if (shorter.isEmpty()) {
            return longer.isEmpty();
        }
        return longer.subList(longer.size() - shorter.size(), longer.size()).equals(shorter);
    }

    private boolean allTheSame(List<Integer> found, boolean withNamespace) {
        Facts first = facts[found.get(0)];
        return found.stream().allMatch(i -> facts[i].name().equals(first.name())
                && (!withNamespace || facts[i].namespace().equals(first.namespace())));
    }

    private static List<Integer> sieve(List<Integer> from, IntPredicate keep) {
        List<Integer> out = new ArrayList<>(from.size());
        for (int i : from) {
            if (keep.test(i)) {
                out.add(i);
            }
        }
        return out;
    }

    private static String describe(Resource r) {
        return Patcher.id(r.object().gvk(), r.object().name(), r.namespace());
    }

    private KustomizeFailure failure(String code, String message) {
        return KustomizeFailure.at(code, kustomizationFile, null, message);
    }
}
