package dev.windlass.pipelines.triggers;

import java.util.List;

/**
 * A {@code TriggerBinding} or {@code ClusterTriggerBinding} ({@code cluster} true, no namespace): the
 * params it extracts from an event with {@code $(body.x)}, {@code $(header.x)}, {@code $(extensions.x)}.
 */
public record TriggerBinding(String name, String namespace, boolean cluster, List<BindingParam> params) {

    public TriggerBinding {
        params = List.copyOf(params);
    }
}
