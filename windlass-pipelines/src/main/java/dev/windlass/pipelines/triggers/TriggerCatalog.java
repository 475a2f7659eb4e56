package dev.windlass.pipelines.triggers;

import dev.windlass.model.Issue;
import dev.windlass.model.Location;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Triggers objects read from files or a cluster: EventListeners, Trigger objects (with their labels,
 * for label selection), TriggerBindings, ClusterTriggerBindings and TriggerTemplates, found by name.
 */
public final class TriggerCatalog {

    /** A Trigger object and its labels. */
    private record Labelled(Trigger trigger, Map<String, String> labels) {
    }

    private final List<EventListener> listeners;
    private final List<Labelled> triggers;
    private final Map<String, TriggerBinding> bindings;
    private final Map<String, TriggerTemplate> templates;

    private TriggerCatalog(Builder b) {
        this.listeners = List.copyOf(b.listeners);
        this.triggers = List.copyOf(b.triggers);
        this.bindings = Map.copyOf(b.bindings);
        this.templates = Map.copyOf(b.templates);
    }

    public static Builder builder() {
        return new Builder();
    }

    public List<EventListener> listeners() {
        return listeners;
    }

    public Optional<EventListener> listener(String namespace, String name) {
        return listeners.stream().filter(l -> l.namespace().equals(namespace) && l.name().equals(name)).findFirst();
    }

    /** The TriggerBinding {@code namespace/name}, or with {@code kind} ClusterTriggerBinding the cluster one. */
    public Optional<TriggerBinding> binding(String kind, String namespace, String name) {
        boolean cluster = BindingRef.CLUSTER.equals(kind);
        String key = cluster ? "cluster//" + name : "ns/" + namespace + "/" + name;
        return Optional.ofNullable(bindings.get(key));
    }

    public Optional<TriggerTemplate> template(String namespace, String name) {
        return Optional.ofNullable(templates.get(namespace + "/" + name));
    }

    /**
     * The triggers an EventListener runs, as Tekton merges them: the Trigger objects its selectors pick
     * ({@code namespaceSelector.matchNames}, {@code "*"} for all, else {@code labelSelector} in its own
     * namespace), then its {@code triggers} in order, references replaced by the Trigger they name
     * (a missing one is skipped).
     */
    public List<Trigger> triggersOf(EventListener listener) {
        List<Trigger> out = new ArrayList<>();
        List<String> names = listener.namespaces();
        boolean any = names.size() == 1 && names.get(0).equals("*");
        if (!names.isEmpty() || listener.selects()) {
            List<String> in = names.isEmpty() ? List.of(listener.namespace()) : names;
            for (Labelled t : triggers) {
                if ((any || in.contains(t.trigger().namespace())) && matches(listener.matchLabels(), t.labels())) {
                    out.add(t.trigger());
                }
            }
        }
        for (Trigger t : listener.triggers()) {
            if (t.isReference()) {
                find(listener.namespace(), t.triggerRef()).ifPresent(out::add);
            } else {
                out.add(t);
            }
        }
        return out;
    }

    private Optional<Trigger> find(String namespace, String name) {
        return triggers.stream().map(Labelled::trigger)
                .filter(t -> t.namespace().equals(namespace) && t.name().equals(name)).findFirst();
    }

    private static boolean matches(Map<String, String> wanted, Map<String, String> labels) {
        return wanted.entrySet().stream().allMatch(e -> e.getValue().equals(labels.get(e.getKey())));
    }

    /** Warnings for references to Triggers, TriggerBindings and TriggerTemplates that are not in the catalog. */
    List<Issue> checkReferences() {
        List<Issue> out = new ArrayList<>();
        for (EventListener l : listeners) {
            for (Trigger t : l.triggers()) {
                if (t.isReference() && find(l.namespace(), t.triggerRef()).isEmpty()) {
                    out.add(missing("EventListener " + l.id() + " refers to Trigger " + t.triggerRef()));
                }
            }
            triggersOf(l).forEach(t -> checkTrigger(t, out));
        }
        return out;
    }

    private void checkTrigger(Trigger t, List<Issue> out) {
        String who = "trigger " + t.namespace() + "/" + t.name();
        for (BindingRef b : t.bindings()) {
            if (!b.isInline() && binding(b.kind(), t.namespace(), b.ref()).isEmpty()) {
                out.add(missing(who + " refers to " + b.kind() + " " + b.ref()));
            }
        }
        String ref = t.template().ref();
        if (!ref.isEmpty() && template(t.namespace(), ref).isEmpty()) {
            out.add(missing(who + " refers to TriggerTemplate " + ref));
        }
    }

    private static Issue missing(String what) {
        return Issue.warning("TriggerReferenceMissing", Location.nowhere(), what
                + ", which is not among the objects read; events for it are dropped until it is given");
    }

    /** Collects objects into a {@link TriggerCatalog}. */
    public static final class Builder {
        private final List<EventListener> listeners = new ArrayList<>();
        private final List<Labelled> triggers = new ArrayList<>();
        private final Map<String, TriggerBinding> bindings = new LinkedHashMap<>();
        private final Map<String, TriggerTemplate> templates = new LinkedHashMap<>();

        private Builder() {
        }

        public Builder listener(EventListener listener) {
            listeners.add(listener);
            return this;
        }

        public Builder trigger(Trigger trigger, Map<String, String> labels) {
            triggers.add(new Labelled(trigger, Map.copyOf(labels)));
            return this;
        }

        public Builder binding(TriggerBinding binding) {
            String key = binding.cluster() ? "cluster//" + binding.name()
                    : "ns/" + binding.namespace() + "/" + binding.name();
            bindings.put(key, binding);
            return this;
        }

        public Builder template(TriggerTemplate template) {
            templates.put(template.namespace() + "/" + template.name(), template);
            return this;
        }

        public TriggerCatalog build() {
            return new TriggerCatalog(this);
        }
    }
}
