package dev.windlass.helm.yaml;

/**
 * A Go struct as encoding/json sees it: template objects such as {@code .Capabilities} implement
 * this so {@code toYaml} and {@code toJson} print them with their JSON field names.
 */
public interface JsonMarshaler {

    /** The value json.Marshal would encode, as Go values (maps, lists, strings, numbers, booleans, null). */
    Object jsonValue();
}
