package dev.windlass.pipelines.triggers;

import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.MapNode;

/**
 * One interceptor of a trigger, normalised: the core interceptor's name ({@code github}, {@code gitlab},
 * {@code bitbucket}, {@code cel}) and its params as a map ({@code secretRef}, {@code eventTypes},
 * {@code filter}, {@code overlays}), whether it was written as {@code ref}+{@code params} or in the
 * older inline form ({@code github: {...}}, {@code cel: {...}}). {@code at} is where it was written.
 */
public record InterceptorSpec(String name, MapNode params, FieldPath at) {
}
