package dev.windlass.server.admission;

import static dev.windlass.server.admission.Reviews.decision;
import static dev.windlass.server.admission.Reviews.namespaceObject;
import static dev.windlass.server.admission.Reviews.pod;
import static dev.windlass.server.admission.Reviews.request;
import static dev.windlass.server.admission.Reviews.violation;
import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.model.KubeObject;
import dev.windlass.policy.Decision;
import dev.windlass.policy.EnforcementAction;
import dev.windlass.policy.Review;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Gatekeeper's admission decisions without HTTP, with a fake policy that records what it was asked. */
class AdmissionHandlerTest {

    private final List<Review> asked = new ArrayList<>();

    private AdmissionPolicy answering(Decision decision) {
        return review -> {
            asked.add(review);
            return decision;
        };
    }

    private AdmissionHandler handler(Decision decision, ErrorPolicy onError) {
        return new AdmissionHandler(answering(decision), onError, Set.of("kube-system"), NamespaceLookup.NONE);
    }

    @Test
    void handle_allowsWithCode200_whenNothingIsViolated() throws Exception {
        AdmissionResponse response = handler(decision(), ErrorPolicy.DENY).handle(request("CREATE", "team-a", pod("team-a", "web"), null));

        assertThat(response).isEqualTo(new AdmissionResponse("u-1", true, 200, "", "", List.of()));
    }

    @Test
    void handle_deniesWith403Forbidden_oneLinePerDenyViolation() throws Exception {
        AdmissionResponse response = handler(decision(
                violation("must-have-owner", EnforcementAction.DENY, "you must provide labels: {\"owner\"}"),
                violation("no-latest", EnforcementAction.DENY, "image uses :latest")), ErrorPolicy.DENY)
                .handle(request("CREATE", "team-a", pod("team-a", "web"), null));

        assertThat(response.allowed()).isFalse();
        assertThat(response.code()).isEqualTo(403);
        assertThat(response.reason()).isEqualTo("Forbidden");
        assertThat(response.message()).isEqualTo("[must-have-owner] you must provide labels: {\"owner\"}\n"
                + "[no-latest] image uses :latest");
    }

    @Test
    void handle_turnsWarnViolationsIntoPrefixedWarnings_withCode299() throws Exception {
        AdmissionResponse response = handler(decision(violation("owner", EnforcementAction.WARN, "add an owner")),
                ErrorPolicy.DENY).handle(request("CREATE", "team-a", pod("team-a", "web"), null));

        assertThat(response.allowed()).isTrue();
        assertThat(response.code()).isEqualTo(AdmissionResponse.WARNING_CODE);
        assertThat(response.warnings()).containsExactly("[owner] add an owner");
    }

    @Test
    void handle_keepsWarningsOnADenial_andIgnoresDryrun() throws Exception {
        AdmissionResponse response = handler(decision(
                violation("a", EnforcementAction.DRYRUN, "only recorded"),
                violation("b", EnforcementAction.WARN, "careful"),
                violation("c", EnforcementAction.DENY, "no")), ErrorPolicy.DENY)
                .handle(request("UPDATE", "team-a", pod("team-a", "web"), pod("team-a", "web")));

        assertThat(response.message()).isEqualTo("[c] no");
        assertThat(response.warnings()).containsExactly("[b] careful");
    }

    @Test
    void handle_dryrunOnly_isAPlainAllow() throws Exception {
        AdmissionResponse response = handler(decision(violation("a", EnforcementAction.DRYRUN, "only recorded")),
                ErrorPolicy.DENY).handle(request("CREATE", "team-a", pod("team-a", "web"), null));

        assertThat(response).isEqualTo(AdmissionResponse.allow("u-1", List.of()));
    }

    @Test
    void handle_deleteReviewsTheOldObject() throws Exception {
        handler(decision(), ErrorPolicy.DENY).handle(request("DELETE", "team-a", null, pod("team-a", "going")));

        assertThat(asked).singleElement().satisfies(review -> {
            assertThat(review.operation()).isEqualTo("DELETE");
            assertThat(review.object().name()).isEqualTo("going");
            assertThat(review.oldObject().name()).isEqualTo("going");
        });
    }

    @Test
    void handle_deleteWithoutOldObject_failsTheReview_asGatekeeperDoes() throws Exception {
        AdmissionResponse closed = handler(decision(), ErrorPolicy.DENY).handle(request("DELETE", "team-a", null, null));
        AdmissionResponse open = handler(decision(), ErrorPolicy.ALLOW).handle(request("DELETE", "team-a", null, null));

        assertThat(closed).isEqualTo(AdmissionResponse.errored("u-1", 500, "oldObject cannot be nil for DELETE operations",
                List.of()));
        assertThat(open.allowed()).isTrue();
        assertThat(asked).isEmpty();
    }

    @Test
    void handle_connectWithoutObject_isAllowedUnreviewed() throws Exception {
        AdmissionResponse response = handler(decision(violation("c", EnforcementAction.DENY, "no")), ErrorPolicy.DENY)
                .handle(request("CONNECT", "team-a", null, null));

        assertThat(response.allowed()).isTrue();
        assertThat(response.message()).contains("no object to review");
        assertThat(asked).isEmpty();
    }

    @Test
    void handle_passesOperationAndUserInfo() throws Exception {
        handler(decision(), ErrorPolicy.DENY).handle(request("UPDATE", "team-a", pod("team-a", "new"), pod("team-a", "old")));

        Review review = asked.get(0);
        assertThat(review.operation()).isEqualTo("UPDATE");
        assertThat(review.object().name()).isEqualTo("new");
        assertThat(review.oldObject().name()).isEqualTo("old");
        assertThat(review.userInfo()).containsEntry("username", "alice")
                .containsEntry("groups", List.of("dev", "system:authenticated"));
    }

    @Test
    void handle_fillsTheRequestNamespaceIntoAnObjectWithoutOne() throws Exception {
        handler(decision(), ErrorPolicy.DENY).handle(request("CREATE", "team-a", pod(null, "web"), null));

        assertThat(asked.get(0).object().namespace()).isEqualTo("team-a");
    }

    @Test
    void handle_skipsExemptNamespaces_withoutAskingThePolicy() throws Exception {
        AdmissionResponse response = handler(decision(violation("c", EnforcementAction.DENY, "no")), ErrorPolicy.DENY)
                .handle(request("CREATE", "kube-system", pod("kube-system", "web"), null));

        assertThat(response.allowed()).isTrue();
        assertThat(response.message()).contains("kube-system").contains("--exempt-namespace");
        assertThat(asked).isEmpty();
    }

    @Test
    void handle_skipsNamespacesLabelledIgnore_whenTheLookupKnowsThem() throws Exception {
        NamespaceLookup lookup = name -> Optional.of(KubeObject.of(namespaceObject(name, AdmissionHandler.IGNORE_LABEL, "no-self-managing")));
        AdmissionHandler handler = new AdmissionHandler(answering(decision(violation("c", EnforcementAction.DENY, "no"))),
                ErrorPolicy.DENY, Set.of(), lookup);

        AdmissionResponse response = handler.handle(request("CREATE", "infra", pod("infra", "web"), null));

        assertThat(response.allowed()).isTrue();
        assertThat(response.message()).contains(AdmissionHandler.IGNORE_LABEL);
        assertThat(asked).isEmpty();
    }

    @Test
    void handle_givesTheReviewTheLookedUpNamespace() throws Exception {
        NamespaceLookup lookup = name -> Optional.of(KubeObject.of(namespaceObject(name, "team", "a")));
        new AdmissionHandler(answering(decision()), ErrorPolicy.DENY, Set.of(), lookup)
                .handle(request("CREATE", "team-a", pod("team-a", "web"), null));

        assertThat(asked.get(0).namespace().labels()).isEqualTo(Map.of("team", "a"));
    }

    @Test
    void handle_namespaceRequest_isClusterScoped_andExemptByItsOwnName() throws Exception {
        AdmissionHandler handler = handler(decision(), ErrorPolicy.DENY);

        AdmissionResponse exempt = handler.handle(AdmissionReviewJson.parse(Reviews.review("u-2", "UPDATE", "kube-system",
                "Namespace", namespaceObject("kube-system"), namespaceObject("kube-system")), 1 << 20));
        handler.handle(AdmissionReviewJson.parse(Reviews.review("u-3", "CREATE", "team-b", "Namespace",
                namespaceObject("team-b"), null), 1 << 20));

        assertThat(exempt.message()).contains("exempt");
        assertThat(asked).singleElement().satisfies(review -> {
            assertThat(review.object().namespace()).isEmpty();
            assertThat(review.namespace()).isNull();
        });
    }

    @Test
    void handle_evaluationError_failClosed_isAnErrored500NamingTheError() throws Exception {
        AdmissionHandler handler = new AdmissionHandler(review -> {
            throw new IllegalStateException("K8sRequiredLabels must-have-owner: eval_conflict_error");
        }, ErrorPolicy.DENY, Set.of(), NamespaceLookup.NONE);

        AdmissionResponse response = handler.handle(request("CREATE", "team-a", pod("team-a", "web"), null));

        assertThat(response.allowed()).isFalse();
        assertThat(response.code()).isEqualTo(500);
        assertThat(response.message()).isEqualTo("K8sRequiredLabels must-have-owner: eval_conflict_error");
    }

    @Test
    void handle_evaluationError_failOpen_allowsWithAWarningNamingTheError() throws Exception {
        Decision failed = new Decision(List.of(violation("w", EnforcementAction.WARN, "careful")),
                List.of("K8sRequiredLabels must-have-owner: eval_conflict_error"));

        AdmissionResponse response = handler(failed, ErrorPolicy.ALLOW).handle(request("CREATE", "team-a", pod("team-a", "web"), null));

        assertThat(response.allowed()).isTrue();
        assertThat(response.code()).isEqualTo(AdmissionResponse.WARNING_CODE);
        assertThat(response.warnings()).containsExactly("[w] careful",
                AdmissionMessages.allowedAfterError("K8sRequiredLabels must-have-owner: eval_conflict_error"));
    }

    @Test
    void handle_decisionErrors_failClosed_refuseEvenWithoutViolations() throws Exception {
        Decision failed = new Decision(List.of(), List.of("K8sA a: boom", "K8sB b: bang"));

        AdmissionResponse response = handler(failed, ErrorPolicy.DENY).handle(request("CREATE", "team-a", pod("team-a", "web"), null));

        assertThat(response.allowed()).isFalse();
        assertThat(response.code()).isEqualTo(500);
        assertThat(response.message()).isEqualTo("K8sA a: boom\nK8sB b: bang");
    }

    @Test
    void handle_aDenyViolationWins_overEvaluationErrorsEvenWhenFailingOpen() throws Exception {
        Decision mixed = new Decision(List.of(violation("c", EnforcementAction.DENY, "no")), List.of("K8sB b: bang"));

        AdmissionResponse response = handler(mixed, ErrorPolicy.ALLOW).handle(request("CREATE", "team-a", pod("team-a", "web"), null));

        assertThat(response.allowed()).isFalse();
        assertThat(response.code()).isEqualTo(403);
    }
}
