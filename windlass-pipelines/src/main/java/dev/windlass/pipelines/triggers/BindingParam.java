package dev.windlass.pipelines.triggers;

/** One {@code name}/{@code value} pair of a TriggerBinding, or an inline binding of a trigger. */
public record BindingParam(String name, String value) {
}
