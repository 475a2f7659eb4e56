package dev.windlass.kube;

import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.engine.cluster.ClusterException;
import dev.windlass.engine.cluster.ClusterException.Reason;
import dev.windlass.model.GroupVersionKind;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FailuresTest {

    private static final ObjectRef WEB = new ObjectRef(new GroupVersionKind("apps", "v1", "Deployment"), "guestbook", "web");

    @ParameterizedTest(name = "HTTP {0} -> {1}")
    @CsvSource({"400, INVALID", "401, FORBIDDEN", "403, FORBIDDEN", "404, NOT_FOUND", "405, INVALID",
            "409, CONFLICT", "410, UNAVAILABLE", "413, TOO_LARGE", "422, INVALID", "429, UNAVAILABLE",
            "500, UNAVAILABLE", "502, UNAVAILABLE", "503, UNAVAILABLE", "504, UNAVAILABLE"})
    void reason_followsTheHttpCode(int code, Reason reason) {
        assertThat(Failures.reason(code)).isEqualTo(reason);
    }

    @Test
    void fromStatus_namesTheObjectAndCarriesTheServersMessageAndCauses() {
        MapNode status = MapNode.of("kind", "Status", "status", "Failure", "code", 422L, "reason", "Invalid",
                "message", "Deployment.apps \"web\" is invalid: spec.replicas: Invalid value: -1",
                "details", MapNode.of("name", "web", "causes", ListNode.of(
                        MapNode.of("reason", "FieldValueInvalid", "message", "Invalid value: -1: must be >= 0",
                                "field", "spec.replicas"),
                        MapNode.of("reason", "FieldValueRequired", "message", "Required value"))));

        ClusterException e = Failures.fromStatus("apply", WEB, 422, status);

        assertThat(e.reason()).isEqualTo(Reason.INVALID);
        assertThat(e.getMessage()).startsWith("apply apps/Deployment guestbook/web failed (HTTP 422): Deployment.apps")
                .contains("fix the fields");
        assertThat(e.causes()).containsExactly("spec.replicas: Invalid value: -1: must be >= 0", "Required value");
    }

    @Test
    void fromStatus_withoutABody_usesTheHttpCode() {
        ClusterException e = Failures.fromStatus("get", WEB, 503, MapNode.empty());

        assertThat(e.reason()).isEqualTo(Reason.UNAVAILABLE);
        assertThat(e.getMessage()).contains("HTTP 503").contains("retry later");
        assertThat(e.causes()).isEmpty();
    }

    @Test
    void objectRef_describesCoreClusterScopedAndCollectionsReadably() {
        assertThat(new ObjectRef(new GroupVersionKind("", "v1", "Namespace"), "", "prod").describe())
                .isEqualTo("Namespace prod");
        assertThat(new ObjectRef(new GroupVersionKind("", "v1", "ConfigMap"), "prod", "").describe())
                .isEqualTo("ConfigMap in namespace prod");
        assertThat(WEB.describe()).isEqualTo("apps/Deployment guestbook/web");
    }

    @Test
    void unknownKind_namesTheApiVersionAndKindAndTheMissingCrd() {
        ClusterException e = KubeMessages.unknownKind(new GroupVersionKind("argoproj.io", "v1alpha1", "Rollout"));

        assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_KIND);
        assertThat(e.getMessage()).contains("apiVersion argoproj.io/v1alpha1 kind Rollout")
                .contains("CustomResourceDefinition may be missing");
    }
}
