package dev.windlass.pipelines.triggers;

import java.util.Optional;

/** A TriggerTemplate parameter: its name and, when it has one, its default ({@code $(tt.params.name)}). */
public record TemplateParam(String name, Optional<String> defaultValue) {
}
