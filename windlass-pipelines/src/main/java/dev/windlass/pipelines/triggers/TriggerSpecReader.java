package dev.windlass.pipelines.triggers;

import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads a trigger spec (a Trigger's {@code spec} or an EventListener's {@code triggers[i]}) and TriggerTemplate specs. */
final class TriggerSpecReader {

    private final SpecFields f;

    TriggerSpecReader(SpecFields fields) {
        this.f = fields;
    }

    Trigger trigger(String name, String namespace, MapNode spec, FieldPath at) {
        List<InterceptorSpec> interceptors = new ArrayList<>();
        InterceptorReader reader = new InterceptorReader(f);
        List<MapNode> entries = f.maps(spec, "interceptors", at);
        for (int i = 0; i < entries.size(); i++) {
            reader.read(entries.get(i), at.key("interceptors").index(i)).ifPresent(interceptors::add);
        }
        return new Trigger(name, namespace, interceptors, bindings(spec, at), template(spec, namespace, at), "");
    }

    private List<BindingRef> bindings(MapNode spec, FieldPath at) {
        List<BindingRef> out = new ArrayList<>();
        List<MapNode> entries = f.maps(spec, "bindings", at);
        for (int i = 0; i < entries.size(); i++) {
            FieldPath p = at.key("bindings").index(i);
            MapNode b = entries.get(i);
            String ref = f.text(b, "ref", p);
            String name = f.text(b, "name", p);
            String kind = f.text(b, "kind", p);
            Optional<Node> value = f.node(b, "value");
            if (!ref.isEmpty() && !name.isEmpty()) {
                f.error(p, "give either ref or name and value, not both");
            } else if (!ref.isEmpty()) {
                kind = kind.isEmpty() ? BindingRef.NAMESPACED : kind;
                if (!kind.equals(BindingRef.NAMESPACED) && !kind.equals(BindingRef.CLUSTER)) {
                    f.error(p.key("kind"), "invalid kind " + kind + ": use TriggerBinding or ClusterTriggerBinding");
                }
                out.add(new BindingRef(ref, kind, "", ""));
            } else if (!name.isEmpty()) {
                if (value.isEmpty()) {
                    f.error(p.key("value"), "is required with name");
                }
                out.add(new BindingRef("", "", name, f.text(b, "value", p)));
            } else {
                f.error(p, "give ref (a TriggerBinding) or name and value");
            }
        }
        return out;
    }

    private TemplateChoice template(MapNode spec, String namespace, FieldPath at) {
        FieldPath p = at.key("template");
        MapNode template = f.map(spec, "template", at);
        String ref = f.text(template, "ref", p);
        if (ref.isEmpty()) {
            ref = f.text(template, "name", p);
        }
        String apiVersion = f.text(template, "apiVersion", p);
        if (!apiVersion.isEmpty() && !apiVersion.equals("v1alpha1") && !apiVersion.equals("v1beta1")) {
            f.error(p.key("apiVersion"), "invalid apiVersion " + apiVersion + ": use v1beta1");
        }
        Optional<Node> inline = f.node(template, "spec");
        if (inline.isPresent() && !ref.isEmpty()) {
            f.error(p, "give either template.spec or template.ref, not both");
        } else if (inline.isEmpty() && ref.isEmpty()) {
            f.error(p, "give template.ref (a TriggerTemplate) or template.spec");
        }
        Optional<TriggerTemplate> spec1 = inline.map(n -> templateSpec("", namespace, f.map(template, "spec", p),
                p.key("spec"), false));
        return new TemplateChoice(ref, spec1);
    }

    TriggerTemplate templateSpec(String name, String namespace, MapNode spec, FieldPath at, boolean oldEscape) {
        List<TemplateParam> params = new ArrayList<>();
        List<MapNode> list = f.maps(spec, "params", at);
        for (int i = 0; i < list.size(); i++) {
            String param = f.text(list.get(i), "name", at.key("params").index(i));
            if (param.isEmpty()) {
                f.error(at.key("params").index(i).key("name"), "is required");
                continue;
            }
            Optional<String> def = f.node(list.get(i), "default").isPresent()
                    ? Optional.of(f.text(list.get(i), "default", at.key("params").index(i))) : Optional.empty();
            params.add(new TemplateParam(param, def));
        }
        List<MapNode> resources = f.maps(spec, "resourcetemplates", at);
        for (int i = 0; i < resources.size(); i++) {
            MapNode r = resources.get(i);
            if (r.getText("apiVersion").isEmpty() || r.getText("kind").isEmpty()) {
                f.error(at.key("resourcetemplates").index(i), "needs apiVersion and kind");
            }
        }
        return new TriggerTemplate(name, namespace, params, resources, oldEscape);
    }
}
