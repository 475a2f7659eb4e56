package dev.windlass.server.admission;

import dev.windlass.model.codec.YamlWriter;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The {@code ValidatingWebhookConfiguration} that sends admission requests to the webhook, shaped like
 * Gatekeeper's chart: webhook {@code validation.gatekeeper.sh}, {@code admissionReviewVersions: [v1]},
 * {@code sideEffects: None}, {@code matchPolicy: Exact}, every group, version and resource plus the
 * chart's subresources for CREATE and UPDATE (DELETE on request), and a {@code namespaceSelector} that
 * skips namespaces labelled {@code admission.gatekeeper.sh/ignore} and the exempt ones (by
 * {@code kubernetes.io/metadata.name}, the webhook's own namespace always among them).
 */
public final class WebhookConfigurations {

    /** The subresources Gatekeeper's chart sends to the webhook ({@code validatingWebhookSubResources}). */
    static final List<String> SUBRESOURCES = List.of("pods/ephemeralcontainers", "pods/exec", "pods/log", "pods/eviction",
            "pods/portforward", "pods/proxy", "pods/attach", "pods/binding", "pods/resize", "deployments/scale",
            "replicasets/scale", "statefulsets/scale", "replicationcontrollers/scale", "services/proxy", "nodes/proxy",
            "services/status");
    private static final String WEBHOOK_NAME = "validation.gatekeeper.sh";

    private WebhookConfigurations() {
    }

    /** The configuration as an object. */
    public static MapNode validating(WebhookSettings settings) {
        MapNode.Builder webhook = MapNode.builder()
                .put("name", Node.of(WEBHOOK_NAME))
                .put("admissionReviewVersions", strings(List.of("v1")))
                .put("clientConfig", clientConfig(settings))
                .put("failurePolicy", Node.of(settings.failurePolicy().wireName()))
                .put("matchPolicy", Node.of("Exact"))
                .put("namespaceSelector", namespaceSelector(settings))
                .put("rules", ListNode.of(rule(settings)))
                .put("sideEffects", Node.of("None"))
                .put("timeoutSeconds", Node.of(settings.timeoutSeconds()));
        MapNode metadata = MapNode.of("name", settings.name(), "labels",
                MapNode.of("app.kubernetes.io/managed-by", "windlass", "gatekeeper.sh/system", "yes"));
        return MapNode.builder()
                .put("apiVersion", Node.of("admissionregistration.k8s.io/v1"))
                .put("kind", Node.of("ValidatingWebhookConfiguration"))
                .put("metadata", metadata)
                .put("webhooks", ListNode.of(webhook.build()))
                .build();
    }

    /** The configuration as YAML, ready for {@code kubectl apply -f -}. */
    public static String yaml(WebhookSettings settings) {
        return YamlWriter.write(validating(settings));
    }

    private static MapNode clientConfig(WebhookSettings settings) {
        MapNode.Builder config = MapNode.builder();
        if (settings.url().isEmpty()) {
            config.put("service", MapNode.of("name", settings.service(), "namespace", settings.namespace(),
                    "path", AdmissionServer.ADMIT_PATH, "port", (long) settings.servicePort()));
        } else {
            config.put("url", Node.of(settings.url()));
        }
        settings.caBundle().ifPresent(bundle -> config.put("caBundle", Node.of(bundle)));
        return config.build();
    }

    private static MapNode namespaceSelector(WebhookSettings settings) {
        List<Node> expressions = new ArrayList<>();
        expressions.add(MapNode.of("key", AdmissionHandler.IGNORE_LABEL, "operator", "DoesNotExist"));
        Set<String> exempt = new LinkedHashSet<>();
        if (settings.url().isEmpty()) {
            exempt.add(settings.namespace());
        }
        exempt.addAll(settings.exemptNamespaces());
        if (!exempt.isEmpty()) {
            expressions.add(MapNode.of("key", "kubernetes.io/metadata.name", "operator", "NotIn",
                    "values", strings(List.copyOf(exempt))));
        }
        return MapNode.of("matchExpressions", new ListNode(expressions));
    }

    private static MapNode rule(WebhookSettings settings) {
        List<String> operations = new ArrayList<>(List.of("CREATE", "UPDATE"));
        if (settings.deleteOperations()) {
            operations.add("DELETE");
        }
        List<String> resources = new ArrayList<>(List.of("*"));
        resources.addAll(SUBRESOURCES);
        return MapNode.builder()
                .put("apiGroups", strings(List.of("*")))
                .put("apiVersions", strings(List.of("*")))
                .put("operations", strings(operations))
                .put("resources", strings(resources))
                .put("scope", Node.of("*"))
                .build();
    }

    private static ListNode strings(List<String> values) {
        return new ListNode(values.stream().<Node>map(Node::of).toList());
    }
}
