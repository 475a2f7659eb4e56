package dev.windlass.sandbox.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.windlass.model.codec.CodecLimits;
import dev.windlass.model.codec.JsonReader;
import dev.windlass.model.codec.JsonWriter;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FaultRulesJsonTest {

    @Test
    void fromJson_readsThePlan() {
        FaultRules rules = FaultRules.fromJson(json("""
                {"latency":[{"verb":"list","resource":"pods","millis":200}],
                 "errors":[{"verb":"*","resource":"deployments","rate":0.5,"status":429,"retryAfterSeconds":2}],
                 "outage":false}
                """));

        assertThat(rules.latency()).containsExactly(
                new LatencyRule(new RequestMatch("list", "*", "pods"), 200, 0));
        assertThat(rules.errors()).containsExactly(
                new ErrorRule(new RequestMatch("*", "*", "deployments"), 0.5, 429, 2, Optional.empty()));
        assertThat(rules.outage()).isFalse();
        assertThat(rules.dropWatchesEvery()).isEmpty();
        assertThat(rules.seed()).isEmpty();
    }

    @Test
    void fromJson_emptyObjectIsNoFaults_andDefaultsRetryAfterFor429() {
        assertThat(FaultRules.fromJson(json("{}"))).isEqualTo(FaultRules.NONE);
        assertThat(FaultRules.fromJson(json("{\"errors\":[{\"rate\":1,\"status\":429}]}")).errors().get(0)
                .retryAfterSeconds()).isEqualTo(1);
        assertThat(FaultRules.fromJson(json("{\"errors\":[{\"rate\":1,\"status\":500}]}")).errors().get(0)
                .retryAfterSeconds()).isZero();
    }

    @Test
    void toJson_readsBackAsAnEqualPlan() {
        FaultRules rules = FaultRules.NONE
                .withLatency(new LatencyRule(new RequestMatch("watch", "", "configmaps"), 100, 25))
                .withError(ErrorRule.of(RequestMatch.resource("apps", "deployments/status"), 0.25, 409))
                .withError(new ErrorRule(RequestMatch.ALL, 1, 503, 5, Optional.of("maintenance")))
                .withOutage(true)
                .withDropWatchesEvery(Optional.of(Duration.ofSeconds(30)))
                .withSeed(-7);

        Node printed = json(JsonWriter.write(rules.toJson(), 0));

        assertThat(FaultRules.fromJson(printed)).isEqualTo(rules);
        assertThat(((MapNode) printed).keys()).containsExactly("latency", "errors", "dropWatchesEveryMillis", "seed", "outage");
    }

    @Test
    void toJson_writesDefaultsOut() {
        MapNode out = FaultRules.NONE.withError(ErrorRule.of(RequestMatch.resource("", "pods"), 1, 429)).toJson();

        assertThat(JsonWriter.write(out, 0)).isEqualTo("{\"latency\":[],\"errors\":[{\"verb\":\"*\",\"group\":\"\","
                + "\"resource\":\"pods\",\"rate\":1,\"status\":429,\"retryAfterSeconds\":1}],\"outage\":false}");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "[]| |must be a JSON object, got a list",
        "{\"latncy\":[]}|latncy|unknown field; the fields here are latency, errors, outage",
        "{\"latency\":{}}|latency|must be a list of rules, got an object",
        "{\"latency\":[5]}|latency[0]|must be a JSON object, got the number 5",
        "{\"latency\":[{\"resource\":\"pods\"}]}|latency[0].millis|is required",
        "{\"latency\":[{\"millis\":-1}]}|latency[0].millis|must be from 0 to 600000, got -1",
        "{\"latency\":[{\"millis\":\"200ms\"}]}|latency[0].millis|must be a whole number from 0 to 600000, got the string \"200ms\"",
        "{\"latency\":[{\"millis\":1.5}]}|latency[0].millis|must be a whole number",
        "{\"latency\":[{\"millis\":1,\"verb\":\"read\"}]}|latency[0].verb|\"read\" is not a Kubernetes request verb; use one of get, list",
        "{\"latency\":[{\"millis\":1,\"resource\":\"\"}]}|latency[0].resource|is empty",
        "{\"latency\":[{\"millis\":1,\"group\":7}]}|latency[0].group|must be a string, got the number 7",
        "{\"errors\":[{\"status\":500}]}|errors[0].rate|is required",
        "{\"errors\":[{\"status\":500,\"rate\":1.5}]}|errors[0].rate|must be from 0 to 1, got 1.5",
        "{\"errors\":[{\"status\":500,\"rate\":\"half\"}]}|errors[0].rate|must be a number from 0 to 1",
        "{\"errors\":[{\"rate\":1,\"status\":404}]}|errors[0].status|must be one of [409, 429, 500, 503]",
        "{\"errors\":[{\"rate\":1}]}|errors[0].status|is required",
        "{\"errors\":[{\"rate\":1,\"status\":429,\"retryAfterSeconds\":-2}]}|errors[0].retryAfterSeconds|must be from 0 to 3600",
        "{\"errors\":[{\"rate\":1,\"status\":429,\"statuss\":1}]}|errors[0].statuss|unknown field",
        "{\"outage\":\"yes\"}|outage|must be true or false, got the string \"yes\"",
        "{\"dropWatchesEveryMillis\":1}|dropWatchesEveryMillis|must be from 10 to 86400000, got 1",
        "{\"seed\":0.5}|seed|must be a whole number",
    })
    void fromJson_namesTheBadField(String input, String field, String problem) {
        String expectedField = field == null ? "" : field;

        assertThatThrownBy(() -> FaultRules.fromJson(json(input)))
                .isInstanceOfSatisfying(FaultRulesException.class, e -> {
                    assertThat(e.field()).isEqualTo(expectedField);
                    assertThat(e.getMessage()).startsWith(expectedField.isEmpty() ? problem : expectedField + ": ")
                            .contains(problem);
                });
    }

    @Test
    void fromJson_nullListsAndOutageMeanNone() {
        assertThat(FaultRules.fromJson(json("{\"latency\":null,\"errors\":null,\"outage\":null}")))
                .isEqualTo(FaultRules.NONE);
        assertThat(FaultRules.fromJson(json("{\"seed\":12}")).seed()).isEqualTo(OptionalLong.of(12));
        assertThat(FaultRules.fromJson(json("{\"latency\":[],\"errors\":[]}")).latency()).isEqualTo(List.of());
    }

    private static Node json(String text) {
        return JsonReader.create(CodecLimits.DEFAULT).read("test.json", text).documents().get(0).content();
    }
}
