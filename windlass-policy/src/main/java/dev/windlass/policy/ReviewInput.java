package dev.windlass.policy;

import dev.windlass.model.GroupVersionKind;
import dev.windlass.model.KubeObject;
import dev.windlass.rego.value.ObjectValue;
import dev.windlass.rego.value.StringValue;
import dev.windlass.rego.value.Value;
import dev.windlass.rego.value.Values;
import java.util.LinkedHashMap;
import java.util.Map;

/**
  * Builds Gatekeeper's {@code input.review} (the AdmissionRequest shape: {@code uid}, {@code kind}
  * {group, version, kind}, {@code name}, {@code namespace}, {@code operation}, {@code userInfo},
  * {@code object}, {@code oldObject}, and {@code _unstable.namespace} when the Namespace is known)
  * and the whole input {@code {"review": ..., "parameters": ...}}.
  */
final class ReviewInput {
    private ReviewInput() {
    }

    static ObjectValue review(Review review, KubeObject namespace) {
        KubeObject object = review.object();
        GroupVersionKind gvk = object.gvk();
        Map<String, Value> out = new LinkedHashMap<>();
        out.put("uid", StringValue.of(""));
        out.put("kind", ObjectValue.ofStrings(Map.of("group", StringValue.of(gvk.group()),
                "version", StringValue.of(gvk.version()), "kind", StringValue.of(gvk.kind()))));
        out.put("name", StringValue.of(object.name()));
        if (!object.namespace().isEmpty()) {
            out.put("namespace", StringValue.of(object.namespace()));
        }
        out.put("operation", StringValue.of(review.operation()));
        out.put("userInfo", Values.fromJava(review.userInfo()));
        out.put("object", Fields.toValue(object.content()));
        KubeObject old = review.oldObject();
        if (old == null && review.operation().equals("DELETE")) {
            old = object;
        }
        if (old != null) {
            out.put("oldObject", Fields.toValue(old.content()));
        }
        if (namespace != null) {
            out.put("_unstable", ObjectValue.ofStrings(Map.of("namespace", Fields.toValue(namespace.content()))));
        }
        return ObjectValue.ofStrings(out);
    }

    /** The input; a constraint without {@code spec.parameters} has {@code {}}, as the frameworks default it. */
    static ObjectValue input(ObjectValue review, Constraint constraint) {
        Value parameters = constraint.parameters() == null || constraint.parameters().isNull()
                ? ObjectValue.EMPTY : Fields.toValue(constraint.parameters());
        return ObjectValue.ofStrings(Map.of("review", review, "parameters", parameters));
    }
}
