package dev.windlass.helm.yaml;

/** Prints Go values as sigs.k8s.io/yaml's {@code Marshal} does (JSON first, then go-yaml v2 output). */
final class GoYamlWriter {

    private GoYamlWriter() {
    }

    static String marshal(Object value) {
        throw new UnsupportedOperationException("not written yet");
    }
}
