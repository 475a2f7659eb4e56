package dev.windlass.helm.engine;

import dev.windlass.gotemplate.GoFunctionException;
import java.util.Map;

/**
 * What Helm's {@code lookup} template function asks the cluster:
 * {@code lookup "v1" "Secret" "ns" "name"} returns one object, an empty name a list object
 * ({@code items}), nothing found an empty map. {@code helm template} never talks to a cluster,
 * so {@link #NONE} answers every lookup with an empty map.
 */
@FunctionalInterface
public interface ClusterLookup {

    /** Answers nothing, as under {@code helm template}. */
    ClusterLookup NONE = (apiVersion, kind, namespace, name) -> new java.util.LinkedHashMap<>();

    Map<String, Object> lookup(String apiVersion, String kind, String namespace, String name)
            throws GoFunctionException;
}
