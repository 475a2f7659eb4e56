package dev.windlass.policy;

import dev.windlass.model.KubeObject;
import dev.windlass.rego.value.ObjectValue;
import java.util.Collection;

/**
  * Replicated cluster objects for referential policies: {@code data.inventory} in Gatekeeper's
  * layout ({@code cluster[groupVersion][kind][name]} and
  * {@code namespace[ns][groupVersion][kind][name]}).
  */
public final class Inventory {
    private Inventory() {
        throw new UnsupportedOperationException("not written yet");
    }

    /** No replicated objects. */
    public static Inventory empty() {
        throw new UnsupportedOperationException("not written yet");
    }

    /** An inventory of the given objects. */
    public static Inventory of(Collection<KubeObject> objects) {
        throw new UnsupportedOperationException("not written yet");
    }

    /** The {@code inventory} document (the value of {@code data.inventory}). */
    public ObjectValue document() {
        throw new UnsupportedOperationException("not written yet");
    }
}
