package dev.windlass.pipelines.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A declared param of a Task, Pipeline or StepAction ({@code spec.params[]}).
 *
 * @param properties for {@code object} params, the declared keys and their types
 * @param enumValues the allowed values ({@code enum}); empty allows any
 */
public record ParamSpec(String name, ParamType type, String description, Optional<ParamValue> defaultValue,
        Map<String, ParamType> properties, List<String> enumValues) {

    public ParamSpec {
        properties = Map.copyOf(properties);
        enumValues = List.copyOf(enumValues);
    }

    /** A string param with no default. */
    public static ParamSpec string(String name) {
        return new ParamSpec(name, ParamType.STRING, "", Optional.empty(), Map.of(), List.of());
    }
}
