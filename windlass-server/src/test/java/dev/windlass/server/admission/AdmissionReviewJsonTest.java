package dev.windlass.server.admission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.windlass.model.GroupVersionKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** AdmissionReview v1 JSON in and out. */
class AdmissionReviewJsonTest {

    private static final String DEPLOYMENT = """
            {"apiVersion": "admission.k8s.io/v1", "kind": "AdmissionReview",
             "request": {"uid": "abc", "kind": {"group": "apps", "version": "v1", "kind": "Deployment"},
                         "resource": {"group": "apps", "version": "v1", "resource": "deployments"},
                         "name": "web", "namespace": "shop", "operation": "UPDATE",
                         "userInfo": {"username": "system:serviceaccount:argocd:argocd-application-controller",
                                      "groups": ["system:serviceaccounts"], "extra": {"scopes": ["a"]}},
                         "object": {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "web"}},
                         "oldObject": {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "web"}},
                         "dryRun": true, "options": {"kind": "UpdateOptions"}}}
            """;

    @Test
    void parse_readsTheRequestFields() throws Exception {
        AdmissionRequest request = AdmissionReviewJson.parse(DEPLOYMENT, 1 << 20);

        assertThat(request.uid()).isEqualTo("abc");
        assertThat(request.kind()).isEqualTo(new GroupVersionKind("apps", "v1", "Deployment"));
        assertThat(request.operation()).isEqualTo("UPDATE");
        assertThat(request.dryRun()).isTrue();
        assertThat(request.username()).isEqualTo("system:serviceaccount:argocd:argocd-application-controller");
        assertThat(request.userInfo()).containsEntry("extra", Map.of("scopes", List.of("a")));
        assertThat(request.reviewedObject()).isEqualTo(request.object());
        assertThat(request.describe()).isEqualTo("apps/v1 Deployment shop/web");
    }

    @Test
    void describe_takesTheObjectsName_whenTheRequestHasNone() throws Exception {
        AdmissionRequest request = AdmissionReviewJson.parse(DEPLOYMENT.replace("\"name\": \"web\", \"namespace\"",
                "\"namespace\""), 1 << 20);

        assertThat(request.name()).isEmpty();
        assertThat(request.describe()).isEqualTo("apps/v1 Deployment shop/web");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "\"operation\": \"UPDATE\"|\"operation\": \"PATCH\"|'request.operation' must be CREATE, UPDATE, DELETE or CONNECT, was 'PATCH'",
        "\"kind\": {\"group\": \"apps\", \"version\": \"v1\", \"kind\": \"Deployment\"},|\"kind\": \"Deployment\",|'request.kind' must be an object",
        "\"object\": {\"apiVersion\"|\"object\": [], \"x\": {\"apiVersion\"|'request.object' must be an object",
        "\"request\": {|\"requestX\": {|field 'request' is required"})
    void parse_refusesMalformedRequests_namingTheField(String from, String to, String message) {
        assertThatThrownBy(() -> AdmissionReviewJson.parse(DEPLOYMENT.replace(from, to), 1 << 20))
                .isInstanceOf(AdmissionReviewJson.BadReview.class).hasMessageContaining(message);
    }

    @Test
    void parse_refusesAJsonArray() {
        assertThatThrownBy(() -> AdmissionReviewJson.parse("[]", 100)).hasMessageContaining("must be a JSON object");
    }

    @Test
    void write_leavesOutEmptyReasonMessageAndWarnings() {
        assertThat(AdmissionReviewJson.write(AdmissionResponse.allow("abc", List.of())))
                .isEqualTo("{\"apiVersion\":\"admission.k8s.io/v1\",\"kind\":\"AdmissionReview\","
                        + "\"response\":{\"uid\":\"abc\",\"allowed\":true,\"status\":{\"code\":200}}}");
    }

    @Test
    void write_denialWithWarnings() {
        assertThat(AdmissionReviewJson.write(AdmissionResponse.deny("abc", List.of("[a] x", "[b] y"), List.of("[c] z"))))
                .isEqualTo("{\"apiVersion\":\"admission.k8s.io/v1\",\"kind\":\"AdmissionReview\",\"response\":{\"uid\":\"abc\","
                        + "\"allowed\":false,\"status\":{\"code\":403,\"reason\":\"Forbidden\",\"message\":\"[a] x\\n[b] y\"},"
                        + "\"warnings\":[\"[c] z\"]}}");
    }
}
