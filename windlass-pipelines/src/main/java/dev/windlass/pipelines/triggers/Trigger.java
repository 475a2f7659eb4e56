package dev.windlass.pipelines.triggers;

import java.util.List;

/**
 * A trigger: a {@code Trigger} object or one entry of an EventListener's {@code triggers}. Interceptors
 * run in order; then bindings extract params and the template renders the objects to create.
 * An EventListener entry that only names a Trigger object has {@code triggerRef} set and nothing else.
 */
public record Trigger(String name, String namespace, List<InterceptorSpec> interceptors, List<BindingRef> bindings,
                      TemplateChoice template, String triggerRef) {

    public Trigger {
        interceptors = List.copyOf(interceptors);
        bindings = List.copyOf(bindings);
    }

    public boolean isReference() {
        return !triggerRef.isEmpty();
    }
}
