package dev.windlass.helm.yaml;

import dev.windlass.helm.HelmException;

/**
 * YAML as Helm reads and writes values (sigs.k8s.io/yaml over go-yaml): documents become Go
 * values (maps with string keys, {@code []interface{}}, and every number a float64 {@link Double},
 * because the YAML passes through JSON), and {@link #marshal} prints like {@code toYaml}.
 */
public final class GoYaml {

    private GoYaml() {
    }

    /** Parses one YAML document into Go values; an empty document is an empty map. */
    public static Object parse(String yaml) throws HelmException {
        throw new UnsupportedOperationException("not written yet");
    }

    /** Prints {@code value} like sigs.k8s.io/yaml's {@code Marshal} (sorted keys, go-yaml v2 style). */
    public static String marshal(Object value) {
        return GoYamlWriter.marshal(value);
    }
}
