package dev.windlass.pipelines.model;

import dev.windlass.model.tree.MapNode;
import java.util.Optional;

/** A container environment variable: a literal {@code value} or a {@code valueFrom} reference. */
public record EnvVar(String name, String value, Optional<MapNode> valueFrom) {
}
