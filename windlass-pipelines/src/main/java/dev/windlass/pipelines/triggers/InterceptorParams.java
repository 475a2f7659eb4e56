package dev.windlass.pipelines.triggers;

import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The params the github, gitlab and bitbucket interceptors share: {@code secretRef} and {@code eventTypes}. */
record InterceptorParams(Optional<SecretRef> secretRef, Optional<List<String>> eventTypes) {

    /** {@code secretRef: {secretName, secretKey}}. */
    record SecretRef(String secretName, String secretKey) {
    }

    static InterceptorParams of(MapNode params) {
        Optional<SecretRef> ref = params.getMap("secretRef")
                .map(m -> new SecretRef(m.getText("secretName").orElse(""), m.getText("secretKey").orElse("")));
        Optional<List<String>> types = params.getList("eventTypes").map(InterceptorParams::texts);
        return new InterceptorParams(ref, types);
    }

    private static List<String> texts(ListNode list) {
        List<String> out = new ArrayList<>();
        for (Node item : list.items()) {
            out.add(item.asText().orElse(String.valueOf(item.toPlain())));
        }
        return out;
    }

    /** A stop when {@code eventTypes} is set and does not hold {@code actual}. */
    Optional<InterceptorResult> checkEventType(String actual) {
        if (eventTypes.isPresent() && !eventTypes.get().contains(actual)) {
            return Optional.of(InterceptorResult.stop("event type " + actual + " is not allowed"));
        }
        return Optional.empty();
    }

    /** The secret's value, or a stop saying why there is none. */
    static InterceptorResult secretProblem(String interceptor, SecretValues.Lookup lookup) {
        return InterceptorResult.stop(interceptor + " interceptor: error getting secret: " + lookup.problem());
    }
}
