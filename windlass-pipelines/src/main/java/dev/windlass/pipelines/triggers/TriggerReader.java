package dev.windlass.pipelines.triggers;

import dev.windlass.model.Issue;
import dev.windlass.model.KubeObject;
import dev.windlass.model.Result;
import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.MapNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and checks Tekton Triggers objects ({@code triggers.tekton.dev/v1beta1}, also {@code v1alpha1}):
 * EventListener, Trigger, TriggerBinding, ClusterTriggerBinding and TriggerTemplate. Other objects are
 * ignored. Problems are issues at the object and field; {@code triggerGroups} is reported as unsupported.
 */
public final class TriggerReader {

    /** The API group of Tekton Triggers. */
    public static final String GROUP = "triggers.tekton.dev";
    private static final FieldPath SPEC = FieldPath.of("spec");

    private TriggerReader() {
    }

    /** Reads every Triggers object among {@code objects} into a catalog, with the issues found. */
    public static Result<TriggerCatalog> read(List<KubeObject> objects) {
        List<Issue> issues = new ArrayList<>();
        TriggerCatalog.Builder catalog = TriggerCatalog.builder();
        for (KubeObject object : objects) {
            if (!object.apiVersion().startsWith(GROUP + "/")) {
                continue;
            }
            SpecFields f = new SpecFields(object, issues);
            String namespace = namespace(object);
            MapNode spec = object.content().getMap("spec").orElse(MapNode.empty());
            TriggerSpecReader specs = new TriggerSpecReader(f);
            switch (object.kind()) {
                case "EventListener" -> catalog.listener(listener(f, namespace, spec));
                case "Trigger" -> catalog.trigger(specs.trigger(object.name(), namespace, spec, SPEC), object.labels());
                case "TriggerBinding" -> catalog.binding(binding(f, namespace, false, spec));
                case "ClusterTriggerBinding" -> catalog.binding(binding(f, "", true, spec));
                case "TriggerTemplate" -> catalog.template(specs.templateSpec(object.name(), namespace, spec, SPEC,
                        "true".equals(object.annotations().get("triggers.tekton.dev/old-escape-quotes"))));
                default -> f.warning(FieldPath.of("kind"), object.kind() + " is not a Triggers kind Windlass reads; "
                        + "ignored");
            }
        }
        TriggerCatalog built = catalog.build();
        issues.addAll(built.checkReferences());
        return Result.of(built, issues);
    }

    static String namespace(KubeObject object) {
        return object.namespace().isEmpty() ? "default" : object.namespace();
    }

    private static EventListener listener(SpecFields f, String namespace, MapNode spec) {
        KubeObject object = f.object();
        FieldPath at = SPEC.key("triggers");
        List<Trigger> triggers = new ArrayList<>();
        List<MapNode> entries = f.maps(spec, "triggers", SPEC);
        TriggerSpecReader specs = new TriggerSpecReader(f);
        for (int i = 0; i < entries.size(); i++) {
            MapNode entry = entries.get(i);
            String ref = f.text(entry, "triggerRef", at.index(i));
            String name = f.text(entry, "name", at.index(i));
            if (!ref.isEmpty() && f.node(entry, "template").isEmpty()) {
                TemplateChoice none = new TemplateChoice("", java.util.Optional.empty());
                triggers.add(new Trigger(name, namespace, List.of(), List.of(), none, ref));
            } else {
                triggers.add(specs.trigger(name, namespace, entry, at.index(i)));
            }
        }
        if (spec.getList("triggerGroups").filter(l -> !l.isEmpty()).isPresent()) {
            f.warning(SPEC.key("triggerGroups"), "triggerGroups are not supported yet; their triggers never run. "
                    + "Move them to spec.triggers");
        }
        MapNode selector = f.map(spec, "labelSelector", SPEC);
        if (selector.containsKey("matchExpressions")) {
            f.warning(SPEC.key("labelSelector").key("matchExpressions"),
                    "is not supported; only matchLabels selects Triggers");
        }
        Map<String, String> labels = new LinkedHashMap<>();
        f.map(selector, "matchLabels", SPEC.key("labelSelector")).asJavaMap()
                .forEach((k, v) -> labels.put(k, v.asText().orElse(String.valueOf(v.toPlain()))));
        List<String> namespaces = new ArrayList<>();
        f.map(spec, "namespaceSelector", SPEC).getList("matchNames")
                .ifPresent(l -> l.items().forEach(n -> n.asText().ifPresent(namespaces::add)));
        boolean validation = !"false".equals(object.annotations().get("tekton.dev/payload-validation"));
        return new EventListener(object.name(), namespace, object.metadata().getText("uid").orElse(""), triggers,
                labels, namespaces, spec.containsKey("labelSelector"), validation);
    }

    private static TriggerBinding binding(SpecFields f, String namespace, boolean cluster, MapNode spec) {
        List<BindingParam> params = new ArrayList<>();
        List<MapNode> list = f.maps(spec, "params", SPEC);
        for (int i = 0; i < list.size(); i++) {
            FieldPath at = SPEC.key("params").index(i);
            String name = f.text(list.get(i), "name", at);
            if (name.isEmpty()) {
                f.error(at.key("name"), "is required");
                continue;
            }
            if (f.node(list.get(i), "value").isEmpty()) {
                f.error(at.key("value"), "is required: give a $(body.x), $(header.x) or $(extensions.x) expression");
            }
            params.add(new BindingParam(name, f.text(list.get(i), "value", at)));
        }
        return new TriggerBinding(f.object().name(), namespace, cluster, params);
    }
}
