package dev.windlass.pipelines.triggers;

import dev.windlass.model.tree.MapNode;
import java.util.List;

/**
 * A {@code TriggerTemplate} (or a trigger's inline {@code template.spec}): its params and the resource
 * templates rendered with {@code $(tt.params.x)} for every accepted event. {@code oldEscapeQuotes} is
 * the {@code triggers.tekton.dev/old-escape-quotes} annotation.
 */
public record TriggerTemplate(String name, String namespace, List<TemplateParam> params, List<MapNode> resourceTemplates,
                              boolean oldEscapeQuotes) {

    public TriggerTemplate {
        params = List.copyOf(params);
        resourceTemplates = List.copyOf(resourceTemplates);
    }
}
