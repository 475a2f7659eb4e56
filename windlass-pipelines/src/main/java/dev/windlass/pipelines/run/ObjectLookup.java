package dev.windlass.pipelines.run;

import dev.windlass.model.KubeObject;
import java.util.Optional;

/** Finds the ConfigMaps and Secrets a run refers to: in the given files, or on the cluster. */
@FunctionalInterface
public interface ObjectLookup {

    /** Finds nothing. */
    ObjectLookup NONE = (kind, namespace, name) -> Optional.empty();

    Optional<KubeObject> find(String kind, String namespace, String name);
}
