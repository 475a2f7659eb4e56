package dev.windlass.pipelines.model;

import java.util.Map;
import java.util.Optional;

/**
 * A declared result of a Task, StepAction or Pipeline. Pipeline results carry a {@code value}
 * (usually {@code $(tasks.t.results.r)}); task results do not.
 */
public record ResultSpec(String name, ParamType type, String description, Map<String, ParamType> properties,
        Optional<ParamValue> value) {

    public ResultSpec {
        properties = Map.copyOf(properties);
    }

    /** A string task result. */
    public static ResultSpec string(String name) {
        return new ResultSpec(name, ParamType.STRING, "", Map.of(), Optional.empty());
    }
}
