package dev.windlass.server.admission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.windlass.model.codec.CodecLimits;
import dev.windlass.model.codec.ScalarSchema;
import dev.windlass.model.codec.YamlReader;
import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The generated ValidatingWebhookConfiguration, compared with Gatekeeper's chart. */
class WebhookConfigurationsTest {

    private static MapNode webhook(WebhookSettings settings) {
        MapNode config = WebhookConfigurations.validating(settings);
        return (MapNode) config.getList("webhooks").orElseThrow().items().get(0);
    }

    private static Node at(MapNode node, Object... path) {
        FieldPath field = FieldPath.root();
        for (Object step : path) {
            field = step instanceof Integer i ? field.index(i) : field.key((String) step);
        }
        return node.at(field).orElseThrow(() -> new AssertionError("missing " + List.of(path)));
    }

    @Test
    void validating_hasGatekeepersWebhookShape() {
        MapNode config = WebhookConfigurations.validating(WebhookSettings.forService("svc", "windlass-system", 443));
        MapNode webhook = webhook(WebhookSettings.forService("svc", "windlass-system", 443));

        assertThat(config.getText("apiVersion")).contains("admissionregistration.k8s.io/v1");
        assertThat(config.getText("kind")).contains("ValidatingWebhookConfiguration");
        assertThat(at(config, "metadata", "name")).isEqualTo(Node.of("windlass-validating-webhook-configuration"));
        assertThat(webhook.getText("name")).contains("validation.gatekeeper.sh");
        assertThat(webhook.get("admissionReviewVersions")).contains(Node.from(List.of("v1")));
        assertThat(webhook.getText("sideEffects")).contains("None");
        assertThat(webhook.getText("matchPolicy")).contains("Exact");
        assertThat(webhook.get("timeoutSeconds")).contains(Node.of(3));
        assertThat(webhook.getText("failurePolicy")).contains("Ignore");
    }

    @Test
    void validating_serviceClientConfig_pointsAtV1Admit() {
        MapNode webhook = webhook(WebhookSettings.forService("windlass-webhook-service", "windlass-system", 8443));

        assertThat(at(webhook, "clientConfig", "service")).isEqualTo(MapNode.of("name", "windlass-webhook-service",
                "namespace", "windlass-system", "path", "/v1/admit", "port", 8443L));
        assertThat(at(webhook, "clientConfig").asMap().orElseThrow().containsKey("url")).isFalse();
    }

    @Test
    void validating_urlClientConfig_getsTheAdmitPathWhenItHasNone() {
        assertThat(at(webhook(WebhookSettings.forUrl("https://10.0.0.5:8443")), "clientConfig", "url"))
                .isEqualTo(Node.of("https://10.0.0.5:8443/v1/admit"));
        assertThat(at(webhook(WebhookSettings.forUrl("https://hooks.example.com/custom")), "clientConfig", "url"))
                .isEqualTo(Node.of("https://hooks.example.com/custom"));
    }

    @Test
    void webhookSettings_refusesPlainHttpUrls() {
        assertThatThrownBy(() -> WebhookSettings.forUrl("http://localhost:8443"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be https://");
    }

    @Test
    void validating_caBundle_decodesToTheGeneratedCa() throws Exception {
        WebhookTls tls = TestTls.localhost();
        MapNode webhook = webhook(WebhookSettings.forService("s", "n", 443).withCaBundle(tls.caBundle().orElseThrow()));

        String pem = new String(Base64.getDecoder().decode(at(webhook, "clientConfig", "caBundle").asText().orElseThrow()),
                StandardCharsets.US_ASCII);
        assertThat(Pem.decode(pem).get(0).der()).isEqualTo(tls.ca().orElseThrow().getEncoded());
    }

    @Test
    void validating_withoutACaBundle_leavesTheFieldOut() {
        assertThat(at(webhook(WebhookSettings.forService("s", "n", 443)), "clientConfig").asMap().orElseThrow()
                .containsKey("caBundle")).isFalse();
    }

    @Test
    void validating_failurePolicyFail() {
        assertThat(webhook(WebhookSettings.forService("s", "n", 443).withFailurePolicy(FailurePolicy.FAIL))
                .getText("failurePolicy")).contains("Fail");
        assertThat(FailurePolicy.parse("fail")).isEqualTo(FailurePolicy.FAIL);
        assertThatThrownBy(() -> FailurePolicy.parse("Maybe")).hasMessageContaining("Ignore or Fail");
    }

    @Test
    void validating_rulesCoverEverythingForCreateAndUpdate_withTheChartsSubresources() {
        MapNode rule = (MapNode) at(webhook(WebhookSettings.forService("s", "n", 443)), "rules", 0);

        assertThat(rule.get("apiGroups")).contains(Node.from(List.of("*")));
        assertThat(rule.get("apiVersions")).contains(Node.from(List.of("*")));
        assertThat(rule.get("operations")).contains(Node.from(List.of("CREATE", "UPDATE")));
        assertThat(rule.getText("scope")).contains("*");
        List<Node> resources = rule.getList("resources").orElseThrow().items();
        assertThat(resources.get(0)).isEqualTo(Node.of("*"));
        assertThat(resources).contains(Node.of("pods/exec"), Node.of("deployments/scale"), Node.of("services/status"))
                .doesNotContain(Node.of("pods/status"));
    }

    @Test
    void validating_deleteOperations_whenAskedFor() {
        MapNode rule = (MapNode) at(webhook(WebhookSettings.forService("s", "n", 443).withDeleteOperations(true)), "rules", 0);

        assertThat(rule.get("operations")).contains(Node.from(List.of("CREATE", "UPDATE", "DELETE")));
    }

    @Test
    void validating_namespaceSelector_skipsIgnoredAndExemptNamespaces_andItsOwn() {
        MapNode webhook = webhook(WebhookSettings.forService("s", "windlass-system", 443)
                .withExemptNamespaces(List.of("kube-system", "windlass-system")));

        assertThat(at(webhook, "namespaceSelector", "matchExpressions")).isEqualTo(ListNode.of(
                MapNode.of("key", "admission.gatekeeper.sh/ignore", "operator", "DoesNotExist"),
                MapNode.of("key", "kubernetes.io/metadata.name", "operator", "NotIn",
                        "values", List.of("windlass-system", "kube-system"))));
    }

    @Test
    void validating_urlWithoutExemptions_onlySkipsIgnoredNamespaces() {
        assertThat(at(webhook(WebhookSettings.forUrl("https://h:1")), "namespaceSelector", "matchExpressions"))
                .isEqualTo(ListNode.of(MapNode.of("key", "admission.gatekeeper.sh/ignore", "operator", "DoesNotExist")));
    }

    @Test
    void yaml_readsBackAsTheSameObject() {
        WebhookSettings settings = WebhookSettings.forService("s", "n", 443).withCaBundle("Zm9v")
                .withExemptNamespaces(List.of("kube-system"));

        String yaml = WebhookConfigurations.yaml(settings);

        Node read = YamlReader.create(CodecLimits.DEFAULT, ScalarSchema.KUBERNETES).read("config.yaml", yaml)
                .documents().get(0).content();
        assertThat(read).isEqualTo(WebhookConfigurations.validating(settings));
        assertThat(yaml).contains("name: validation.gatekeeper.sh");
    }

    @Test
    void webhookSettings_refusesTimeoutsTheApiServerRefuses() {
        assertThatThrownBy(() -> WebhookSettings.forService("s", "n", 443).withTimeoutSeconds(31))
                .hasMessageContaining("1..30");
    }
}
