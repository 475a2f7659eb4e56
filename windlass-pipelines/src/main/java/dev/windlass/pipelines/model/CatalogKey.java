package dev.windlass.pipelines.model;

import dev.windlass.model.KubeObject;

/**
 * The identity of an object in a {@link TektonCatalog}: group, kind, namespace and name. Objects
 * with only a {@code generateName} (runs to be created) get a unique key from their position.
 */
record CatalogKey(String group, String kind, String namespace, String name) {

    static CatalogKey of(KubeObject object, int position) {
        String name = object.name().isEmpty() ? "\0generated-" + position : object.name();
        String namespace = object.namespace() == null ? "" : object.namespace();
        return new CatalogKey(object.groupKind().group(), object.kind(), namespace, name);
    }
}
