package dev.windlass.server.admission;

import dev.windlass.model.KubeObject;
import java.util.Optional;

/**
 * Finds a Namespace object by name, as Gatekeeper's webhook reads it from its cache: for constraints'
 * {@code namespaceSelector} and for the {@code admission.gatekeeper.sh/ignore} label.
 */
@FunctionalInterface
public interface NamespaceLookup {

    /** No Namespace objects known: namespace selectors see no labels, and only the webhook configuration's
     * {@code namespaceSelector} keeps ignored namespaces away. */
    NamespaceLookup NONE = name -> Optional.empty();

    /** The Namespace called {@code name}, if known. */
    Optional<KubeObject> namespace(String name);
}
