package dev.windlass.kustomize;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Immutable copies of string maps that keep insertion order (Map.copyOf does not). */
final class OrderedMaps {

    private OrderedMaps() {
    }

    static Map<String, String> copy(Map<String, String> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
