package dev.windlass.controller.app;

import dev.windlass.model.Issue;
import dev.windlass.model.KubeObject;
import dev.windlass.model.Location;
import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/**
 * Where an Application may deploy from and to: its tracking instance name, the destination cluster
 * (Windlass manages the cluster it runs against, which Argo CD calls {@code in-cluster}) and its
 * AppProject's {@code sourceRepos} and {@code destinations}.
 */
public final class ApplicationScope {

    private static final String INVALID = "InvalidSpecError";

    private final String controllerNamespace;
    private final BiFunction<String, String, Optional<KubeObject>> projects;

    /**
     * @param controllerNamespace the namespace of the Applications whose instance name is their bare name
     * @param projects            looks up an AppProject by namespace and name
     */
    public ApplicationScope(String controllerNamespace, BiFunction<String, String, Optional<KubeObject>> projects) {
        this.controllerNamespace = controllerNamespace;
        this.projects = projects;
    }

    /** The value of the tracking label: the name, or {@code namespace_name} outside the controller namespace. */
    public String instanceOf(KubeObject app) {
        return app.namespace().equals(controllerNamespace) || app.namespace().isEmpty()
                ? app.name() : app.namespace() + "_" + app.name();
    }

    /** Problems with the destination and the project, as InvalidSpecError issues. */
    public List<Issue> validateDestination(KubeObject app, ApplicationSpec spec) {
        List<Issue> issues = new ArrayList<>();
        Destination destination = spec.destination();
        if (!destination.inCluster()) {
            issues.add(Issue.error(INVALID, Location.of(app.key(), FieldPath.of("spec", "destination")),
                    "cluster " + (destination.server().isEmpty() ? "'" + destination.name() + "'" : destination.server())
                            + " is not configured: Windlass deploys to the cluster it runs against; use server "
                            + Destination.IN_CLUSTER_SERVER + " or name " + Destination.IN_CLUSTER_NAME));
            return issues;
        }
        Optional<KubeObject> project = projects.apply(app.namespace().isEmpty() ? controllerNamespace : app.namespace(),
                spec.project());
        if (project.isEmpty() && projects.apply(controllerNamespace, spec.project()).isEmpty()) {
            if (!spec.project().equals("default")) {
                issues.add(Issue.error(INVALID, Location.of(app.key(), FieldPath.of("spec", "project")),
                        "Application referencing project " + spec.project()
                                + " which does not exist: create the AppProject or use project 'default'"));
            }
            return issues;
        }
        MapNode projectSpec = project.or(() -> projects.apply(controllerNamespace, spec.project()))
                .flatMap(p -> p.content().getMap("spec")).orElse(MapNode.empty());
        if (!matchesAny(texts(projectSpec, "sourceRepos"), spec.source().repoURL())) {
            issues.add(Issue.error(INVALID, Location.of(app.key(), FieldPath.of("spec", "source", "repoURL")),
                    "application repo " + spec.source().repoURL() + " is not permitted in project '" + spec.project()
                            + "': add it to the AppProject's spec.sourceRepos"));
        }
        if (!destinationAllowed(projectSpec, destination)) {
            issues.add(Issue.error(INVALID, Location.of(app.key(), FieldPath.of("spec", "destination")),
                    "application destination server '" + destination.server() + "' and namespace '"
                            + destination.namespace() + "' do not match any of the allowed destinations in project '"
                            + spec.project() + "': add it to the AppProject's spec.destinations"));
        }
        return issues;
    }

    /**
     * Why the AppProject of {@code spec} does not permit {@code target}, in Argo CD's words, or empty:
     * cluster-scoped kinds must be in {@code clusterResourceWhitelist} (empty allows none, outside the
     * {@code default} project) and not in {@code clusterResourceBlacklist}; namespaced kinds must match a
     * non-empty {@code namespaceResourceWhitelist} and not {@code namespaceResourceBlacklist}; their
     * namespace must be an allowed destination.
     */
    public Optional<String> refusal(KubeObject app, ApplicationSpec spec, KubeObject target) {
        Optional<KubeObject> project = project(app, spec.project());
        if (project.isEmpty()) {
            return Optional.empty();
        }
        MapNode projectSpec = project.get().content().getMap("spec").orElse(MapNode.empty());
        String group = target.groupKind().group();
        String kind = target.kind();
        String notPermitted = "resource " + group + ":" + kind + " is not permitted in project " + spec.project();
        if (target.namespace().isEmpty()) {
            boolean allowed = matchesKind(projectSpec, "clusterResourceWhitelist", group, kind)
                    && !matchesKind(projectSpec, "clusterResourceBlacklist", group, kind);
            return allowed ? Optional.empty() : Optional.of(notPermitted
                    + ": add it to the AppProject's spec.clusterResourceWhitelist");
        }
        boolean listed = projectSpec.getList("namespaceResourceWhitelist").map(l -> l.isEmpty()).orElse(true)
                || matchesKind(projectSpec, "namespaceResourceWhitelist", group, kind);
        if (!listed || matchesKind(projectSpec, "namespaceResourceBlacklist", group, kind)) {
            return Optional.of(notPermitted + ": add it to the AppProject's spec.namespaceResourceWhitelist");
        }
        if (!destinationAllowed(projectSpec, new Destination(Destination.IN_CLUSTER_SERVER, "", target.namespace()))) {
            return Optional.of("namespace " + target.namespace() + " is not permitted in project '" + spec.project()
                    + "': add it to the AppProject's spec.destinations");
        }
        return Optional.empty();
    }

    /** The AppProject {@code name} of {@code app}: in the application's namespace, else the controller's. */
    Optional<KubeObject> project(KubeObject app, String name) {
        return projects.apply(app.namespace().isEmpty() ? controllerNamespace : app.namespace(), name)
                .or(() -> projects.apply(controllerNamespace, name));
    }

    private static boolean matchesKind(MapNode projectSpec, String list, String group, String kind) {
        for (Node node : projectSpec.getList(list).map(l -> l.items()).orElse(List.of())) {
            if (node instanceof MapNode entry && glob(entry.getText("group").orElse(""), group)
                    && glob(entry.getText("kind").orElse(""), kind)) {
                return true;
            }
        }
        return false;
    }

    private static boolean destinationAllowed(MapNode projectSpec, Destination destination) {
        for (Node node : projectSpec.getList("destinations").map(l -> l.items()).orElse(List.of())) {
            if (!(node instanceof MapNode allowed)) {
                continue;
            }
            boolean cluster = allowed.getText("server").map(s -> glob(s, Destination.IN_CLUSTER_SERVER)).orElse(false)
                    || allowed.getText("name").map(n -> glob(n, Destination.IN_CLUSTER_NAME)).orElse(false);
            if (cluster && glob(allowed.getText("namespace").orElse(""), destination.namespace())) {
                return true;
            }
        }
        return false;
    }

    private static List<String> texts(MapNode map, String key) {
        List<String> texts = new ArrayList<>();
        map.getList(key).ifPresent(list -> list.items().forEach(item -> {
            if (item instanceof dev.windlass.model.tree.StringNode text) {
                texts.add(text.value());
            }
        }));
        return texts;
    }

    private static boolean matchesAny(List<String> patterns, String value) {
        boolean allowed = false;
        for (String pattern : patterns) {
            if (pattern.startsWith("!") && glob(pattern.substring(1), value)) {
                return false;
            }
            allowed |= !pattern.startsWith("!") && glob(pattern, value);
        }
        return allowed;
    }

    /** Argo CD's glob: {@code *} matches any run of characters, {@code ?} one character. */
    static boolean glob(String pattern, String value) {
        StringBuilder regex = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            regex.append(c == '*' ? ".*" : c == '?' ? "." : Pattern.quote(String.valueOf(c)));
        }
        return Pattern.matches(regex.toString(), value);
    }
}
