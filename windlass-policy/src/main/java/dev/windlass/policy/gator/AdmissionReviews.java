package dev.windlass.policy.gator;

import dev.windlass.model.KubeObject;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.policy.Review;
import java.util.LinkedHashMap;
import java.util.Map;

/**
  * Turns an {@code admission.k8s.io} AdmissionReview case object into a {@link Review}, as gator
  * does: the request's operation, userInfo, object and oldObject; on DELETE the object is the old
  * object.
  */
final class AdmissionReviews {
    private AdmissionReviews() {
    }

    static boolean isAdmissionReview(KubeObject object) {
        return object.kind().equals("AdmissionReview") && object.gvk().group().equals("admission.k8s.io");
    }

    static Review toReview(KubeObject review, String file) throws GatorException {
        MapNode request = review.content().getMap("request").orElseThrow(() -> new GatorException(file
                + ": missing admission request: the AdmissionReview has no request"));
        MapNode object = request.getMap("object").orElse(null);
        MapNode old = request.getMap("oldObject").orElse(null);
        if (object == null && old == null) {
            throw new GatorException(file + ": no object for review: the AdmissionRequest has no \"object\" or"
                    + " \"oldObject\"");
        }
        String operation = request.getText("operation").orElse("");
        Map<String, Object> userInfo = new LinkedHashMap<>();
        request.getMap("userInfo").ifPresent(u -> u.asJavaMap().forEach((k, v) -> {
            if (!v.isNull()) {
                userInfo.put(k, plain(v));
            }
        }));
        KubeObject subject = KubeObject.of(object != null ? object : old);
        KubeObject oldObject = old == null ? null : KubeObject.of(old);
        return new Review(subject, oldObject, operation, userInfo, null);
    }

    private static Object plain(Node node) {
        return node.toPlain();
    }
}
