package dev.windlass.controller.app;

import dev.windlass.model.KubeObject;
import dev.windlass.model.Result;
import dev.windlass.model.tree.BoolNode;
import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.render.jsonnet.JsonnetVariable;
import dev.windlass.render.kustomize.KustomizeOverrides;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads an Application's spec into an {@link ApplicationSpec}, reporting every problem as an
 * {@code InvalidSpecError} issue that names the field, as Argo CD's condition of that type does.
 * Config management plugins and multiple sources are reported as not supported yet.
 */
public final class ApplicationSpecReader {

    private static final FieldPath SPEC = FieldPath.of("spec");
    private static final FieldPath SOURCE = SPEC.key("source");

    private ApplicationSpecReader() {
    }

    /** The spec of {@code application}; the value is null when any issue is an error. */
    public static Result<ApplicationSpec> read(KubeObject application) {
        SpecFields fields = new SpecFields(application);
        MapNode spec = application.content().getMap("spec").orElse(MapNode.empty());
        if (application.content().getMap("spec").isEmpty()) {
            fields.error(SPEC, "is required: add spec.source, spec.destination and spec.project");
        }
        String project = fields.text(spec, SPEC, "project", "");
        if (project.isEmpty()) {
            fields.error(SPEC.key("project"), "is required: set it to 'default' or an AppProject's name");
        }
        ApplicationSource source = source(fields, spec);
        Destination destination = destination(fields, spec);
        SyncPolicy syncPolicy = syncPolicy(fields, spec);
        ListNode ignore = ListNode.of(fields.list(spec, SPEC, "ignoreDifferences").toArray(Node[]::new));
        long limit = fields.integer(spec, SPEC, "revisionHistoryLimit", ApplicationSpec.DEFAULT_HISTORY_LIMIT);
        List<ApplicationSpec.Info> info = info(fields, spec);
        ApplicationSpec value = new ApplicationSpec(project, source, destination, syncPolicy, ignore,
                (int) Math.max(0, Math.min(limit, 1000)), info);
        Result<ApplicationSpec> result = Result.of(value, fields.issues());
        return result.hasErrors() ? Result.of(null, fields.issues()) : result;
    }

    private static ApplicationSource source(SpecFields fields, MapNode spec) {
        if (spec.getList("sources").map(list -> !list.isEmpty()).orElse(false)) {
            fields.error(SPEC.key("sources"), "multiple sources are not supported yet: use spec.source");
        }
        Optional<MapNode> found = fields.map(spec, SPEC, "source");
        if (found.isEmpty()) {
            fields.error(SOURCE, "is required: name the Git repository (repoURL) and the path in it");
            return new ApplicationSource("", "HEAD", "", ApplicationSource.Directory.DEFAULT);
        }
        MapNode source = found.get();
        String repoURL = fields.text(source, SOURCE, "repoURL", "");
        if (repoURL.isEmpty()) {
            fields.error(SOURCE.key("repoURL"), "is required: the URL of the Git repository");
        }
        if (source.containsKey("plugin")) {
            fields.error(SOURCE.key("plugin"), "this source type is not supported yet: only Git directory sources"
                    + " (plain YAML, JSON and Jsonnet), Kustomize and Helm are; remove 'plugin'");
        }
        String revision = fields.text(source, SOURCE, "targetRevision", "");
        String chart = fields.text(source, SOURCE, "chart", "");
        String path = normalisePath(fields.text(source, SOURCE, "path", ""));
        Optional<MapNode> kustomize = fields.map(source, SOURCE, "kustomize");
        KustomizeOverrides overrides = kustomize
                .map(map -> ApplicationSourceKustomize.read(fields, map, SOURCE.key("kustomize")))
                .orElse(KustomizeOverrides.NONE);
        Optional<MapNode> helm = fields.map(source, SOURCE, "helm");
        ApplicationSourceHelm helmOptions = helm
                .map(map -> ApplicationSourceHelmReader.read(fields, map, SOURCE.key("helm")))
                .orElse(ApplicationSourceHelm.NONE);
        ApplicationSource.Type type = type(fields, source, kustomize.isPresent(), helm.isPresent());
        if (!chart.isEmpty() && type != ApplicationSource.Type.DETECT && type != ApplicationSource.Type.HELM) {
            fields.error(SOURCE.key("chart"), "a chart from a Helm repository is rendered with Helm: remove '"
                    + (kustomize.isPresent() ? "kustomize" : "directory") + "' or 'chart'");
        }
        // a chart source without a version takes the latest stable one, as helm pull does
        return new ApplicationSource(repoURL, revision.isEmpty() && chart.isEmpty() ? "HEAD" : revision,
                chart.isEmpty() ? path : "",
                chart.isEmpty() ? type : ApplicationSource.Type.HELM, directory(fields, source), overrides, helmOptions,
                chart);
    }

    /**
     * The type the spec names by its options block, as Argo CD's {@code ExplicitType} (which lists
     * them in the order Kustomize, Helm, Directory); two blocks are an error.
     */
    private static ApplicationSource.Type type(SpecFields fields, MapNode source, boolean kustomize, boolean helm) {
        boolean directory = source.get("directory").filter(node -> !node.isNull()).isPresent();
        List<String> named = new ArrayList<>();
        if (kustomize) {
            named.add("Kustomize");
        }
        if (helm) {
            named.add("Helm");
        }
        if (directory) {
            named.add("Directory");
        }
        if (named.size() > 1) {
            fields.error(SOURCE, "multiple application sources defined: " + String.join(",", named) + "; keep one of "
                    + String.join(", ", named.stream().map(String::toLowerCase).toList()));
        }
        if (kustomize) {
            return ApplicationSource.Type.KUSTOMIZE;
        }
        if (helm) {
            return ApplicationSource.Type.HELM;
        }
        return directory ? ApplicationSource.Type.DIRECTORY : ApplicationSource.Type.DETECT;
    }

    private static String normalisePath(String path) {
        String trimmed = path.strip();
        while (trimmed.startsWith("./")) {
            trimmed = trimmed.substring(2);
        }
        if (trimmed.equals(".") || trimmed.equals("/")) {
            return "";
        }
        return trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }

    private static ApplicationSource.Directory directory(SpecFields fields, MapNode source) {
        FieldPath at = SOURCE.key("directory");
        Optional<MapNode> found = fields.map(source, SOURCE, "directory");
        if (found.isEmpty()) {
            return ApplicationSource.Directory.DEFAULT;
        }
        MapNode directory = found.get();
        ApplicationSource.Jsonnet jsonnet = fields.map(directory, at, "jsonnet")
                .map(map -> jsonnet(fields, map, at.key("jsonnet")))
                .orElse(ApplicationSource.Jsonnet.NONE);
        return new ApplicationSource.Directory(fields.bool(directory, at, "recurse"),
                fields.text(directory, at, "include", ""), fields.text(directory, at, "exclude", ""), jsonnet);
    }

    private static ApplicationSource.Jsonnet jsonnet(SpecFields fields, MapNode jsonnet, FieldPath at) {
        List<String> libs = new ArrayList<>();
        List<Node> items = fields.list(jsonnet, at, "libs");
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof dev.windlass.model.tree.StringNode lib) {
                libs.add(lib.value());
            } else {
                fields.error(at.key("libs").index(i), "must be a string (a path from the repository root)");
            }
        }
        return new ApplicationSource.Jsonnet(libs, variables(fields, jsonnet, at, "extVars"),
                variables(fields, jsonnet, at, "tlas"));
    }

    private static List<JsonnetVariable> variables(SpecFields fields, MapNode jsonnet, FieldPath at, String key) {
        List<JsonnetVariable> variables = new ArrayList<>();
        List<Node> items = fields.list(jsonnet, at, key);
        for (int i = 0; i < items.size(); i++) {
            FieldPath item = at.key(key).index(i);
            if (!(items.get(i) instanceof MapNode entry)) {
                fields.error(item, "must be an object with name, value and code");
                continue;
            }
            String name = fields.text(entry, item, "name", "");
            if (name.isEmpty()) {
                fields.error(item.key("name"), "is required");
                continue;
            }
            variables.add(new JsonnetVariable(name, fields.text(entry, item, "value", ""),
                    fields.bool(entry, item, "code")));
        }
        return variables;
    }

    private static Destination destination(SpecFields fields, MapNode spec) {
        FieldPath at = SPEC.key("destination");
        Optional<MapNode> found = fields.map(spec, SPEC, "destination");
        if (found.isEmpty()) {
            fields.error(at, "is required: set server (https://kubernetes.default.svc) or name, and namespace");
            return new Destination("", "", "");
        }
        MapNode destination = found.get();
        String server = fields.text(destination, at, "server", "");
        String name = fields.text(destination, at, "name", "");
        if (server.isEmpty() && name.isEmpty()) {
            fields.error(at, "needs server or name: use server https://kubernetes.default.svc for this cluster");
        } else if (!server.isEmpty() && !name.isEmpty()) {
            fields.error(at, "can't have both name and server defined: " + name + " " + server);
        }
        return new Destination(server, name, fields.text(destination, at, "namespace", ""));
    }

    private static SyncPolicy syncPolicy(SpecFields fields, MapNode spec) {
        FieldPath at = SPEC.key("syncPolicy");
        Optional<MapNode> found = fields.map(spec, SPEC, "syncPolicy");
        if (found.isEmpty()) {
            return SyncPolicy.MANUAL;
        }
        MapNode policy = found.get();
        Optional<SyncPolicy.Automated> automated = fields.map(policy, at, "automated")
                .filter(map -> !BoolNode.FALSE.equals(map.get("enabled").orElse(BoolNode.TRUE)))
                .map(map -> new SyncPolicy.Automated(fields.bool(map, at.key("automated"), "prune"),
                        fields.bool(map, at.key("automated"), "selfHeal"),
                        fields.bool(map, at.key("automated"), "allowEmpty")));
        List<String> options = new ArrayList<>();
        List<Node> items = fields.list(policy, at, "syncOptions");
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof dev.windlass.model.tree.StringNode option) {
                options.add(option.value());
            } else {
                fields.error(at.key("syncOptions").index(i), "must be a string like CreateNamespace=true");
            }
        }
        return new SyncPolicy(automated, options, fields.map(policy, at, "retry").map(map -> retry(fields, map)));
    }

    private static SyncPolicy.Retry retry(SpecFields fields, MapNode retry) {
        FieldPath at = SPEC.key("syncPolicy").key("retry");
        long limit = fields.integer(retry, at, "limit", 0);
        SyncPolicy.Retry defaults = SyncPolicy.Retry.withLimit(limit);
        Optional<MapNode> backoff = fields.map(retry, at, "backoff");
        if (backoff.isEmpty()) {
            return defaults;
        }
        FieldPath b = at.key("backoff");
        Duration duration = duration(fields, backoff.get(), b, "duration", defaults.duration());
        long factor = fields.integer(backoff.get(), b, "factor", defaults.factor());
        Duration max = duration(fields, backoff.get(), b, "maxDuration", defaults.maxDuration());
        return new SyncPolicy.Retry(limit, duration, Math.max(1, factor), max);
    }

    private static Duration duration(SpecFields fields, MapNode map, FieldPath at, String key, Duration fallback) {
        String text = fields.text(map, at, key, "");
        if (text.isEmpty()) {
            return fallback;
        }
        Optional<Duration> parsed = GoDuration.parse(text);
        if (parsed.isEmpty()) {
            fields.error(at.key(key), "'" + text + "' is not a duration: write it like 5s, 2m or 1h30m");
        }
        return parsed.orElse(fallback);
    }

    private static List<ApplicationSpec.Info> info(SpecFields fields, MapNode spec) {
        List<ApplicationSpec.Info> info = new ArrayList<>();
        for (Node item : fields.list(spec, SPEC, "info")) {
            if (item instanceof MapNode entry) {
                info.add(new ApplicationSpec.Info(entry.getText("name").orElse(""), entry.getText("value").orElse("")));
            }
        }
        return info;
    }
}
