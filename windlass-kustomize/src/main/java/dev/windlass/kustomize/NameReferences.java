package dev.windlass.kustomize;

import dev.windlass.kustomize.TransformerConfig.NameBackReference;
import dev.windlass.model.GroupVersionKind;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.model.tree.StringNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

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

    private NameReferences(String kustomizationFile, List<NameBackReference> table, List<Resource> resources) {
        this.kustomizationFile = kustomizationFile;
        this.table = table;
        this.current = new ArrayList<>(resources);
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

    private void fixReferrer(int index) throws KustomizeFailure {
        GroupVersionKind original = current.get(index).originalGvk();
        List<Filter> filters = new ArrayList<>();
        for (NameBackReference reference : table) {
            for (FieldSpec spec : reference.referrers()) {
                if (spec.selects(original)) {
                    filters.add(new Filter(spec, reference.gvk()));
                }
            }
        }
        if (filters.isEmpty()) {
            return;
        }
        List<Integer> candidates = candidates(current.get(index));
        for (Filter filter : filters) {
            Referrer referrer = new Referrer(index, filter, candidates);
            Node updated = referrer.visit(current.get(index).object().content(), 0);
            current.set(index, current.get(index).withContent((MapNode) updated));
        }
    }

    /** kustomize's {@code SubsetThatCouldBeReferencedByResource}. */
    private List<Integer> candidates(Resource referrer) throws KustomizeFailure {
        List<Integer> out = new ArrayList<>();
        Set<String> bindingNamespaces = serviceAccountNamespaces(referrer);
        for (int i = 0; i < current.size(); i++) {
            Resource target = current.get(i);
            if (referrer.isClusterScoped() || target.isClusterScoped()
                    || target.effectiveNamespace().equals(referrer.effectiveNamespace())
                    || bindingNamespaces.contains(target.namespace())) {
                out.add(i);
            }
        }
        return out;
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
        private final List<Integer> candidates;

        Referrer(int index, Filter filter, List<Integer> candidates) {
            this.index = index;
            this.filter = filter;
            this.candidates = candidates;
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
                for (Node item : list.items()) {
                    items.add(visit(item, at));
                }
                return new ListNode(items);
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
            return changed.equals(child) ? map : map.with(key, changed);
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
                for (Node item : list.items()) {
                    if (item instanceof ListNode) {
                        throw failure(INVALID, "an item of field '" + pathText() + "' of " + describe(self())
                                + " is expected to be either a string or a map of string");
                    }
                    items.add(item.isNull() ? item : item instanceof MapNode map ? setMapping(map) : setScalar(item));
                }
                return new ListNode(items);
            }
            return setScalar(node);
        }

        private Node setScalar(Node node) throws KustomizeFailure {
            String oldName = Scalars.text(node);
            Resource referral = select(oldName, indices(), false);
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
        private List<Integer> byNamespace(MapNode map) {
            Node namespaceNode = map.get("namespace").orElse(null);
            if (namespaceNode == null) {
                return indices();
            }
            String namespace = Scalars.text(namespaceNode);
            List<Integer> original = indices().stream()
                    .filter(i -> !current.get(i).isClusterScoped() && originalNamespace(current.get(i)).equals(namespace))
                    .toList();
            if (!original.isEmpty()) {
                return original;
            }
            return indices().stream()
                    .filter(i -> !current.get(i).isClusterScoped() && current.get(i).effectiveNamespace().equals(namespace))
                    .toList();
        }

        private Resource select(String oldName, List<Integer> from, boolean withNamespace) throws KustomizeFailure {
            List<Resource> found = from.stream().map(current::get).toList();
            found = sieve(found, r -> r.previousIds().stream().anyMatch(id -> id.name().equals(oldName)));
            found = sieve(found, hadKind(filter.target()));
            found = sieve(found, roleRefKind());
            found = sieve(found, sameNamespaceAsReferrer());
            if (found.size() == 1) {
                return found.get(0);
            }
            found = sieve(found, r -> prefixesSuffixesEqual(r, self(), true));
            if (found.size() > 1) {
                found = sieve(found, r -> prefixesSuffixesEqual(r, self(), false));
            }
            if (found.size() == 1) {
                return found.get(0);
            }
            if (found.isEmpty()) {
                return null;
            }
            if (allTheSame(found, withNamespace)) {
                return found.get(0);
            }
            throw failure(AMBIGUOUS, "found multiple possible referrals: " + String.join(", ",
                    found.stream().map(NameReferences::describe).toList()) + " for the name '" + oldName
                    + "' in field '" + pathText() + "' of " + describe(self())
                    + "; give them different names, prefixes or suffixes, or put them in different namespaces");
        }

        /** When the field is a {@code roleRef} name, only objects of the kind and group the roleRef gives. */
        private Predicate<Resource> roleRefKind() {
            if (!String.join("/", filter.field().path()).endsWith("roleRef/name")) {
                return r -> true;
            }
            MapNode roleRef = self().object().content().getMap("roleRef").orElse(null);
            if (roleRef == null || roleRef.get("apiGroup").isEmpty() || roleRef.get("kind").isEmpty()) {
                return r -> true;
            }
            return hadKind(new GroupVersionKind(Scalars.text(roleRef.get("apiGroup").orElseThrow()), "",
                    Scalars.text(roleRef.get("kind").orElseThrow())));
        }

        private Predicate<Resource> sameNamespaceAsReferrer() {
            Resource referrer = self();
            if (referrer.isClusterScoped()) {
                return r -> true;
            }
            return r -> r.isClusterScoped() || r.object().kind().equals("ServiceAccount")
                    || r.effectiveNamespace().equals(referrer.effectiveNamespace());
        }

        private List<Integer> indices() {
            return candidates;
        }

        private Resource self() {
            return current.get(index);
        }

        private String pathText() {
            return String.join("/", filter.field().path());
        }
    }

    /** Whether one of the ids the object had before is of a kind {@code selector} selects (empty parts: any). */
    private static Predicate<Resource> hadKind(GroupVersionKind selector) {
        return r -> r.previousIds().stream().anyMatch(id -> matches(selector.group(), r.object().gvk().group())
                && matches(selector.version(), r.object().gvk().version()) && matches(selector.kind(), id.kind()));
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

    private static boolean allTheSame(List<Resource> found, boolean withNamespace) {
        Resource first = found.get(0);
        return found.stream().allMatch(r -> r.object().name().equals(first.object().name())
                && (!withNamespace || r.namespace().equals(first.namespace())));
    }

    private static List<Resource> sieve(List<Resource> from, Predicate<Resource> keep) {
        return from.stream().filter(keep).toList();
    }

    private static String describe(Resource r) {
        return Patcher.id(r.object().gvk(), r.object().name(), r.namespace());
    }

    private KustomizeFailure failure(String code, String message) {
        return KustomizeFailure.at(code, kustomizationFile, null, message);
    }
}
