package dev.windlass.server.admission;

import dev.windlass.model.GroupVersionKind;
import dev.windlass.model.Issue;
import dev.windlass.model.codec.CodecLimits;
import dev.windlass.model.codec.JsonReader;
import dev.windlass.model.codec.JsonWriter;
import dev.windlass.model.codec.ParsedStream;
import dev.windlass.model.tree.BoolNode;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code admission.k8s.io/v1} AdmissionReview JSON both ways. A body that is not one is {@link BadReview}
 * with a message that names the field.
 */
final class AdmissionReviewJson {

    static final String API_VERSION = "admission.k8s.io/v1";
    static final String KIND = "AdmissionReview";
    private static final Set<String> OPERATIONS = Set.of("CREATE", "UPDATE", "DELETE", "CONNECT");

    private AdmissionReviewJson() {
    }

    /** A body that is not an AdmissionReview v1 request. */
    static final class BadReview extends Exception {
        private static final long serialVersionUID = 1L;

        BadReview(String message) {
            super(message);
        }
    }

    static AdmissionRequest parse(String body, long maxBytes) throws BadReview {
        MapNode review = readObject(body, maxBytes);
        String apiVersion = review.getText("apiVersion").orElse("");
        String kind = review.getText("kind").orElse("");
        if (!API_VERSION.equals(apiVersion) || !KIND.equals(kind)) {
            throw new BadReview("AdmissionReview: expected apiVersion " + API_VERSION + " and kind " + KIND + ", got '"
                    + apiVersion + "' and '" + kind + "'; set admissionReviewVersions: [v1] in the webhook configuration");
        }
        MapNode request = map(review, "request", "AdmissionReview").orElseThrow(() ->
                new BadReview("AdmissionReview: field 'request' is required"));
        String uid = request.getText("uid").filter(u -> !u.isEmpty()).orElseThrow(() ->
                new BadReview("AdmissionReview: field 'request.uid' is required"));
        String operation = request.getText("operation").orElse("");
        if (!OPERATIONS.contains(operation)) {
            throw new BadReview("AdmissionReview: field 'request.operation' must be CREATE, UPDATE, DELETE or CONNECT, was '"
                    + operation + "'");
        }
        MapNode kindNode = map(request, "kind", "request").orElseThrow(() ->
                new BadReview("AdmissionReview: field 'request.kind' is required"));
        GroupVersionKind gvk = new GroupVersionKind(kindNode.getText("group").orElse(""),
                kindNode.getText("version").orElse(""), kindNode.getText("kind").orElse(""));
        Map<String, Object> userInfo = new LinkedHashMap<>();
        map(request, "userInfo", "request").ifPresent(u -> u.asJavaMap().forEach((k, v) -> userInfo.put(k, v.toPlain())));
        return new AdmissionRequest(uid, gvk, request.getText("name").orElse(""), request.getText("namespace").orElse(""),
                operation, userInfo, map(request, "object", "request").orElse(null),
                map(request, "oldObject", "request").orElse(null),
                request.get("dryRun").filter(BoolNode.class::isInstance).map(BoolNode.class::cast)
                        .map(BoolNode::value).orElse(false));
    }

    static String write(AdmissionResponse response) {
        MapNode.Builder status = MapNode.builder().put("code", Node.of(response.code()));
        if (!response.reason().isEmpty()) {
            status.put("reason", Node.of(response.reason()));
        }
        if (!response.message().isEmpty()) {
            status.put("message", Node.of(response.message()));
        }
        MapNode.Builder body = MapNode.builder()
                .put("uid", Node.of(response.uid()))
                .put("allowed", Node.of(response.allowed()))
                .put("status", status.build());
        if (!response.warnings().isEmpty()) {
            body.put("warnings", new ListNode(response.warnings().stream().<Node>map(Node::of).toList()));
        }
        return JsonWriter.write(MapNode.of("apiVersion", API_VERSION, "kind", KIND, "response", body.build()), 0);
    }

    /** A Kubernetes {@code Status} body for answers that are not AdmissionReviews (400, 404, 405, 413, 503). */
    static String status(int code, String reason, String message) {
        return JsonWriter.write(MapNode.of("apiVersion", "v1", "kind", "Status", "status", "Failure",
                "message", message, "reason", reason, "code", (long) code), 0);
    }

    private static MapNode readObject(String body, long maxBytes) throws BadReview {
        if (body.isBlank()) {
            throw new BadReview("the request body is empty; POST an admission.k8s.io/v1 AdmissionReview");
        }
        CodecLimits limits = CodecLimits.DEFAULT.withMaxFileBytes(Math.max(1, maxBytes))
                .withMaxDocumentBytes(Math.max(1, maxBytes));
        ParsedStream parsed = JsonReader.create(limits).read("AdmissionReview", body);
        Optional<Issue> error = parsed.issues().stream().filter(Issue::isError).findFirst();
        if (error.isPresent()) {
            throw new BadReview("the body is not valid JSON: " + error.get().format());
        }
        if (parsed.documents().isEmpty() || !(parsed.documents().get(0).content() instanceof MapNode map)) {
            throw new BadReview("the body must be a JSON object: an admission.k8s.io/v1 AdmissionReview");
        }
        return map;
    }

    private static Optional<MapNode> map(MapNode parent, String field, String where) throws BadReview {
        Optional<Node> value = parent.get(field);
        if (value.isEmpty() || value.get().isNull()) {
            return Optional.empty();
        }
        if (value.get() instanceof MapNode map) {
            return Optional.of(map);
        }
        throw new BadReview("AdmissionReview: field '" + where + "." + field + "' must be an object");
    }
}
