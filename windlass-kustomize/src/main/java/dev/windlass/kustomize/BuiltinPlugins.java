package dev.windlass.kustomize;

import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.IntNode;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs the plugin configurations of {@code transformers:} and {@code generators:} that name
 * kustomize's built-in plugins ({@code apiVersion: builtin}), each with its own field specs.
 * Two dispatch tables map a kind to what runs it; built-in kinds not in them (Helm charts, IAM
 * policies, ValueAdd, Hash) are refused as not yet supported. Plugins that are not built-in (exec,
 * KRM function and Go plugins) are refused: Windlass does not run plugins.
 */
final class BuiltinPlugins {

    static final String NOT_BUILTIN = "KustomizePluginNotSupported";
    static final String NOT_YET = "KustomizeUnsupportedField";
    static final String INVALID = "KustomizePluginInvalid";

    /**
     * What a plugin runs with: the kustomization listing it, how patch and replacement files are
     * read, the generators that make ConfigMaps and Secrets (reading their files), and the merge
     * schema patches use.
     */
    record Context(Kustomization k, Patcher.Source patches, ReplacementReader.Files replacementFiles,
            Generators generators, dev.windlass.model.patch.MergeSchema mergeSchema, HelmChartGenerator helm) {
    }

    /** A built-in transformer: the resources after it ran. */
    interface Transformer {
        List<Resource> transform(Context ctx, PluginConfigs.Config config, List<Resource> resources)
                throws KustomizeFailure;
    }

    /**
     * A built-in generator: what the level accumulated with the objects it makes added, merged or
     * replaced by their behavior.
     */
    interface Generator {
        List<Resource> generate(Context ctx, PluginConfigs.Config config, List<Resource> accumulated)
                throws KustomizeFailure;
    }

    static final Map<String, Transformer> TRANSFORMERS = transformers();

    static final Map<String, Generator> GENERATORS = Map.of(
            "ConfigMapGenerator", (ctx, c, acc) -> generated(ctx, c, acc, GeneratorArgs.Kind.CONFIG_MAP),
            "SecretGenerator", (ctx, c, acc) -> generated(ctx, c, acc, GeneratorArgs.Kind.SECRET),
            "HelmChartInflationGenerator", BuiltinPlugins::helmChart);

    /** Built-in kinds kustomize has that this engine does not run (yet). */
    private static final Set<String> NOT_YET_KINDS = Set.of("IAMPolicyGenerator",
            "ValueAddTransformer", "HashTransformer");
    private static final Set<String> GENERATOR_KINDS = Set.of("ConfigMapGenerator", "SecretGenerator",
            "HelmChartInflationGenerator", "IAMPolicyGenerator");

    private BuiltinPlugins() {
    }

    private static Map<String, Transformer> transformers() {
        Map<String, Transformer> out = new LinkedHashMap<>();
        out.put("PrefixSuffixTransformer", (ctx, c, rs) -> NamingPlugins.prefixSuffix(ctx, c, rs, true, true));
        out.put("PrefixTransformer", (ctx, c, rs) -> NamingPlugins.prefixSuffix(ctx, c, rs, true, false));
        out.put("SuffixTransformer", (ctx, c, rs) -> NamingPlugins.prefixSuffix(ctx, c, rs, false, true));
        out.put("NamespaceTransformer", NamingPlugins::namespace);
        out.put("LabelTransformer", (ctx, c, rs) -> setAll(ctx, c, rs, "labels"));
        out.put("AnnotationsTransformer", (ctx, c, rs) -> setAll(ctx, c, rs, "annotations"));
        out.put("ImageTagTransformer", BuiltinPlugins::images);
        out.put("ReplicaCountTransformer", BuiltinPlugins::replicas);
        out.put("PatchTransformer", (ctx, c, rs) -> patch(ctx, c, rs, "patches"));
        out.put("PatchJson6902Transformer", (ctx, c, rs) -> patch(ctx, c, rs, "patchesJson6902"));
        out.put("PatchStrategicMergeTransformer", BuiltinPlugins::strategicMerge);
        out.put("ReplacementTransformer", BuiltinPlugins::replacements);
        return Map.copyOf(out);
    }

    /** Runs the transformer configurations over {@code resources}, in order. */
    static List<Resource> transform(Context ctx, List<PluginConfigs.Config> configs, List<Resource> resources)
            throws KustomizeFailure {
        List<Resource> out = resources;
        for (PluginConfigs.Config config : configs) {
            checkBuiltin(ctx, config);
            Transformer t = TRANSFORMERS.get(config.kind());
            if (t == null) {
                throw refuse(ctx, config, GENERATOR_KINDS.contains(config.kind()) ? "is a generator, not a transformer;"
                        + " list it under generators" : null);
            }
            out = t.transform(ctx, config, out);
        }
        return out;
    }

    /** {@code accumulated} with what the generator configurations make absorbed, in order. */
    static List<Resource> generate(Context ctx, List<PluginConfigs.Config> configs, List<Resource> accumulated)
            throws KustomizeFailure {
        List<Resource> out = accumulated;
        for (PluginConfigs.Config config : configs) {
            checkBuiltin(ctx, config);
            Generator g = GENERATORS.get(config.kind());
            if (g == null) {
                throw refuse(ctx, config, TRANSFORMERS.containsKey(config.kind()) ? "is a transformer, not a generator;"
                        + " list it under transformers" : null);
            }
            out = g.generate(ctx, config, out);
        }
        return out;
    }

    /**
     * HelmChartInflationGenerator: the configuration holds one chart's fields and the Helm globals
     * ({@code chartHome}, {@code configHome}), read as a {@code helmCharts} entry of the kustomization
     * listing it; the chart's objects are added to what the level accumulated.
     */
    private static List<Resource> helmChart(Context ctx, PluginConfigs.Config config, List<Resource> accumulated)
            throws KustomizeFailure {
        MapNode fields = config.config().object().content()
                .without("apiVersion").without("kind").without("metadata");
        MapNode.Builder globals = MapNode.builder();
        fields.get("chartHome").ifPresent(home -> globals.put("chartHome", home));
        MapNode document = MapNode.of("helmGlobals", globals.build(),
                "helmCharts", ListNode.of(fields.without("chartHome").without("configHome")));
        Kustomization asField = KustomizationReader.fromDocument(ctx.k().directory(), ctx.k().file(), document);
        List<Resource> out = new ArrayList<>(accumulated);
        out.addAll(ctx.helm().generate(asField));
        return out;
    }

    /**
     * ConfigMapGenerator and SecretGenerator: the configuration is one generator entry, its files
     * read relative to the kustomization listing it; the object gets the configuration's origin.
     */
    private static List<Resource> generated(Context ctx, PluginConfigs.Config config, List<Resource> accumulated,
            GeneratorArgs.Kind kind) throws KustomizeFailure {
        GeneratorArgs args = GeneratorReader.plugin(ctx.k(), kind, config.content(), at(config));
        List<Resource> out = new ArrayList<>(accumulated);
        ctx.generators().absorb(ctx.k(), args, config.origin(), out);
        return out;
    }

    /**
     * ReplacementTransformer: its {@code replacements} list, inline entries or {@code path:} files
     * relative to the kustomization, read and applied as the kustomization field is.
     */
    private static List<Resource> replacements(Context ctx, PluginConfigs.Config config, List<Resource> resources)
            throws KustomizeFailure {
        MapNode fields = MapNode.empty();
        Node list = config.content().get(ReplacementReader.FIELD).orElse(Node.nullNode());
        if (!list.isNull()) {
            fields = fields.with(ReplacementReader.FIELD, list);
        }
        try {
            Kustomization synthetic = KustomizationReader.fromDocument(ctx.k().directory(), ctx.k().file(), fields);
            return Replacements.apply(ReplacementReader.read(synthetic, ctx.replacementFiles()), resources);
        } catch (KustomizeFailure e) {
            throw KustomizeFailure.at(e.issue().code(), ctx.k().file(), at(config), config.describe() + ": "
                    + e.issue().message());
        }
    }

    private static void checkBuiltin(Context ctx, PluginConfigs.Config config) throws KustomizeFailure {
        if (!config.apiVersion().equals("builtin")) {
            throw KustomizeFailure.at(NOT_BUILTIN, ctx.k().file(), at(config), config.field() + " entry "
                    + config.describe() + " is not a kustomize built-in plugin (apiVersion builtin); Windlass does not"
                    + " run plugins (exec, KRM function or Go plugins): use built-in kinds or render it outside Windlass");
        }
    }

    private static KustomizeFailure refuse(Context ctx, PluginConfigs.Config config, String reason) {
        if (reason != null) {
            return KustomizeFailure.at(INVALID, ctx.k().file(), at(config), config.describe() + " " + reason);
        }
        if (NOT_YET_KINDS.contains(config.kind())) {
            return KustomizeFailure.at(NOT_YET, ctx.k().file(), at(config), "built-in plugin " + config.describe()
                    + " is not supported by Windlass's kustomize engine yet; build this kustomization with the"
                    + " kustomize binary");
        }
        return KustomizeFailure.at(NOT_BUILTIN, ctx.k().file(), at(config), "unable to load builtin "
                + config.describe() + ": kustomize has no built-in plugin of that kind; check its spelling");
    }

    static FieldPath at(PluginConfigs.Config config) {
        return FieldPath.of(config.field()).index(config.index());
    }

    static List<FieldSpec> fieldSpecs(Context ctx, PluginConfigs.Config config) throws KustomizeFailure {
        return FieldSpecReader.read(config.config().file(), FieldPath.of("fieldSpecs"),
                config.content().get("fieldSpecs").orElse(null));
    }

    static Map<String, String> strings(Context ctx, PluginConfigs.Config config, MapNode map, String key)
            throws KustomizeFailure {
        Node value = map.get(key).orElse(Node.nullNode());
        Map<String, String> out = new LinkedHashMap<>();
        if (value.isNull()) {
            return out;
        }
        MapNode entries = value.asMap().orElseThrow(() -> invalid(ctx, config, "'" + key + "' must be a mapping"));
        entries.asJavaMap().forEach((k, v) -> out.put(k, Scalars.text(v)));
        return out;
    }

    static String text(MapNode map, String key) {
        return map.get(key).filter(v -> !v.isNull()).map(Scalars::text).orElse("");
    }

    static KustomizeFailure invalid(Context ctx, PluginConfigs.Config config, String message) {
        return KustomizeFailure.at(INVALID, ctx.k().file(), at(config), config.describe() + ": " + message);
    }

    private static List<Resource> setAll(Context ctx, PluginConfigs.Config config, List<Resource> resources,
            String key) throws KustomizeFailure {
        Map<String, String> pairs = strings(ctx, config, config.content(), key);
        List<FieldSpec> specs = fieldSpecs(ctx, config);
        List<Resource> out = new ArrayList<>(resources.size());
        for (Resource r : resources) {
            out.add(r.withContent(Transformers.setAll(r.object().content(), specs, pairs)));
        }
        return out;
    }

    private static List<Resource> images(Context ctx, PluginConfigs.Config config, List<Resource> resources)
            throws KustomizeFailure {
        MapNode tag = config.content().getMap("imageTag").orElse(MapNode.empty());
        var override = new Kustomization.ImageOverride(text(tag, "name"), text(tag, "newName"), text(tag, "newTag"),
                text(tag, "digest"), text(tag, "tagSuffix"));
        List<FieldSpec> specs = fieldSpecs(ctx, config);
        List<Resource> out = new ArrayList<>(resources.size());
        for (Resource r : resources) {
            out.add(r.withContent(ImageTransform.apply(r.object().content(), List.of(override), specs)));
        }
        return out;
    }

    private static List<Resource> replicas(Context ctx, PluginConfigs.Config config, List<Resource> resources)
            throws KustomizeFailure {
        MapNode replica = config.content().getMap("replica").orElse(MapNode.empty());
        String name = text(replica, "name");
        Node count = replica.get("count").orElse(Node.of(0L));
        if (!(count instanceof IntNode)) {
            throw invalid(ctx, config, "replica.count must be a whole number, not " + count);
        }
        List<FieldSpec> specs = fieldSpecs(ctx, config);
        List<Resource> out = new ArrayList<>(resources.size());
        boolean found = false;
        for (Resource r : resources) {
            for (FieldSpec spec : specs) {
                if (r.wasNamed(name) && spec.selects(r.object().gvk())) {
                    found = true;
                    r = r.withContent(FieldEditor.edit(r.object().content(), spec, current -> count));
                }
            }
            out.add(r);
        }
        if (!found) {
            throw invalid(ctx, config, "resource with name " + name + " does not match a config with the following GVK "
                    + specs.stream().map(s -> s.group() + "/" + s.version() + "/" + s.kind()).toList());
        }
        return out;
    }

    /** PatchTransformer and PatchJson6902Transformer: the configuration read as one entry of that kustomization field. */
    private static List<Resource> patch(Context ctx, PluginConfigs.Config config, List<Resource> resources,
            String field) throws KustomizeFailure {
        MapNode c = config.content();
        MapNode entry = MapNode.empty();
        for (String key : List.of("path", "target", "options")) {
            if (c.get(key).isPresent()) {
                entry = entry.with(key, c.get(key).orElseThrow());
            }
        }
        String patchKey = field.equals("patches") ? "patch" : "jsonOp";
        if (c.get(patchKey).isPresent()) {
            entry = entry.with("patch", c.get(patchKey).orElseThrow());
        }
        return runPatcher(ctx, config, MapNode.empty().with(field, new ListNode(List.of(entry))), resources);
    }

    /** PatchStrategicMergeTransformer: its {@code paths} and its inline {@code patches} text. */
    private static List<Resource> strategicMerge(Context ctx, PluginConfigs.Config config, List<Resource> resources)
            throws KustomizeFailure {
        List<Node> entries = new ArrayList<>(config.content().getList("paths").map(ListNode::items).orElse(List.of()));
        String inline = text(config.content(), "patches");
        if (!inline.isBlank()) {
            entries.add(Node.of(inline.contains("\n") ? inline : inline + "\n"));
        }
        if (entries.isEmpty()) {
            throw invalid(ctx, config, "empty file path and empty patch content; give 'paths' or 'patches'");
        }
        return runPatcher(ctx, config, MapNode.empty().with("patchesStrategicMerge", new ListNode(entries)), resources);
    }

    private static List<Resource> runPatcher(Context ctx, PluginConfigs.Config config, MapNode fields,
            List<Resource> resources) throws KustomizeFailure {
        try {
            Kustomization synthetic = KustomizationReader.fromDocument(ctx.k().directory(), ctx.k().file(), fields);
            Patcher patcher = new Patcher(synthetic, ctx.patches(), ctx.mergeSchema());
            return patcher.json6902(patcher.beforeTransformers(resources));
        } catch (KustomizeFailure e) {
            throw KustomizeFailure.at(e.issue().code(), ctx.k().file(), at(config), config.describe() + ": "
                    + e.issue().message());
        }
    }
}
