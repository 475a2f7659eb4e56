package dev.windlass.engine.diff;

import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Replaces the values of a Secret's {@code data} with runs of {@code +}, as Argo CD does before it
 * shows or stores a diff: per key, the first distinct value (manifest first, then live) becomes
 * eight {@code +}, each further distinct value four more. Equal values get equal masks, so the
 * comparison of masked Secrets agrees with that of the plain ones, and no value leaves the differ.
 */
final class SecretMasker {

    static final String FIRST_MASK = "++++++++";
    private static final String MASK_STEP = "++++";

    private SecretMasker() {
    }

    /** Both sides masked, in {@code [target, live]} order; a null side stays null. */
    static MapNode[] mask(MapNode target, MapNode live) {
        Set<String> keys = new LinkedHashSet<>();
        keys.addAll(data(target).keys());
        keys.addAll(data(live).keys());
        MapNode.Builder maskedTarget = data(target).toBuilder();
        MapNode.Builder maskedLive = data(live).toBuilder();
        for (String key : keys) {
            Map<String, String> masks = new HashMap<>();
            maskValue(data(target), key, masks, maskedTarget);
            maskValue(data(live), key, masks, maskedLive);
        }
        return new MapNode[] {withData(target, maskedTarget.build()), withData(live, maskedLive.build())};
    }

    private static void maskValue(MapNode data, String key, Map<String, String> masks, MapNode.Builder out) {
        data.get(key).ifPresent(value -> {
            String text = Normalizer.scalarText(value);
            String mask = masks.computeIfAbsent(text, ignored -> FIRST_MASK + MASK_STEP.repeat(masks.size()));
            out.put(key, Node.of(mask));
        });
    }

    private static MapNode data(MapNode secret) {
        return secret == null ? MapNode.empty() : secret.getMap("data").orElse(MapNode.empty());
    }

    /** The Secret with its masked data; data that is not a map (malformed) is masked whole. */
    private static MapNode withData(MapNode secret, MapNode masked) {
        if (secret == null || !secret.containsKey("data")) {
            return secret;
        }
        return secret.with("data", secret.getMap("data").isPresent() ? masked : Node.of(FIRST_MASK));
    }
}
