package dev.windlass.pipelines.triggers;

import java.util.Optional;

/** A trigger's {@code template}: a reference to a TriggerTemplate by name, or an inline {@code spec}. */
public record TemplateChoice(String ref, Optional<TriggerTemplate> inline) {
}
