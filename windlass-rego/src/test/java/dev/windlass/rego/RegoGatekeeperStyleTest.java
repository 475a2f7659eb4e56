package dev.windlass.rego;

import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.rego.value.ObjectValue;
import dev.windlass.rego.value.Value;
import dev.windlass.rego.value.Values;
import org.junit.jupiter.api.Test;

/** Decisions shaped like Gatekeeper's: a template's {@code violation} set over an admission review. */
class RegoGatekeeperStyleTest {
    private static final String TEMPLATE = """
            package k8srequiredlabels
            import data.lib.labels.present

            violation[{"msg": msg, "details": {"missing_labels": missing}}] {
              provided := {label | input.review.object.metadata.labels[label]}
              required := {label | label := input.parameters.labels[_].key}
              missing := required - provided
              count(missing) > 0
              msg := "missing required labels"
            }

            violation[{"msg": "owner not in inventory"}] {
              owner := input.review.object.metadata.labels.owner
              not present(data.inventory.owners, owner)
            }
            """;
    private static final String LIB = """
            package lib.labels
            present(set, x) { set[_] == x }
            """;
    private static final String TEST = """
            package k8srequiredlabels
            test_missing_owner {
              count(violation) == 1 with input as {"review": {"object": {"metadata": {"labels": {"app": "a"}}}},
                                                    "parameters": {"labels": [{"key": "owner"}]}}
            }
            """;

    private static PreparedQuery violations() throws Exception {
        return Rego.builder().builtins(TestBuiltins.table())
                .module("template.rego", TEMPLATE).module("lib.rego", LIB)
                .build().prepare("data.k8srequiredlabels.violation");
    }

    private static Value review(String labels) throws Exception {
        return Values.parseJson("{\"review\":{\"object\":{\"kind\":\"Deployment\",\"metadata\":{\"name\":\"web\","
                + "\"labels\":" + labels + "}}},\"parameters\":{\"labels\":[{\"key\":\"owner\"},{\"key\":\"app\"}]}}");
    }

    @Test
    void violation_listsMissingLabels() throws Exception {
        QueryResult r = violations().eval(review("{\"app\":\"web\"}"));
        assertThat(r.solutions().get(0).expressions().get(0).toJson())
                .isEqualTo("[{\"details\":{\"missing_labels\":[\"owner\"]},\"msg\":\"missing required labels\"}]");
    }

    @Test
    void violation_usesRequestInventory() throws Exception {
        ObjectValue inventory = (ObjectValue) Values.parseJson("{\"inventory\":{\"owners\":[\"team-a\"]}}");
        QueryResult known = violations().eval(EvalRequest.of(review("{\"app\":\"web\",\"owner\":\"team-a\"}")).withData(inventory));
        QueryResult unknown = violations().eval(EvalRequest.of(review("{\"app\":\"web\",\"owner\":\"team-b\"}")).withData(inventory));
        assertThat(known.solutions().get(0).expressions().get(0).toJson()).isEqualTo("[]");
        assertThat(unknown.solutions().get(0).expressions().get(0).toJson()).isEqualTo("[{\"msg\":\"owner not in inventory\"}]");
    }

    @Test
    void violation_isEmptySetWhenCompliant() throws Exception {
        ObjectValue inventory = (ObjectValue) Values.parseJson("{\"inventory\":{\"owners\":[\"o\"]}}");
        QueryResult r = violations().eval(EvalRequest.of(review("{\"app\":\"web\",\"owner\":\"o\"}")).withData(inventory));
        assertThat(r.solutions().get(0).expressions().get(0).toJson()).isEqualTo("[]");
    }

    @Test
    void srcTest_withInputRunsLikeOpaTest() throws Exception {
        Rego rego = Rego.builder().builtins(TestBuiltins.table())
                .module("template.rego", TEMPLATE).module("lib.rego", LIB).module("test.rego", TEST).build();
        QueryResult r = rego.prepare("data.k8srequiredlabels.test_missing_owner").eval((Value) null);
        assertThat(r.solutions().get(0).expressions().get(0).toJson()).isEqualTo("true");
    }

    @Test
    void preparedQuery_reusedAcrossReviewsGivesIndependentAnswers() throws Exception {
        PreparedQuery q = violations();
        String first = q.eval(review("{}")).solutions().get(0).expressions().get(0).toJson();
        String second = q.eval(review("{\"app\":\"x\",\"owner\":\"y\"}")).solutions().get(0).expressions().get(0).toJson();
        assertThat(first).contains("\"app\"", "\"owner\"");
        assertThat(second).isEqualTo("[{\"msg\":\"owner not in inventory\"}]");
    }
}
