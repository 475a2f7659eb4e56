package dev.windlass.sandbox.controller.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.model.codec.CodecLimits;
import dev.windlass.model.codec.JsonReader;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One reconcile of the simulated HPA controller, and the metric names its conditions quote. */
class AutoscalerStatusTest {

    private static final String EARLIER = "2026-01-01T00:00:00Z";
    private static final String NOW = "2026-01-01T00:05:00Z";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "[] | cpu resource utilization (percentage of request)",
        "[{'type':'Resource','resource':{'name':'memory','target':{'type':'Utilization','averageUtilization':70}}}]"
                + " | memory resource utilization (percentage of request)",
        "[{'type':'Resource','resource':{'name':'cpu','target':{'type':'AverageValue','averageValue':'500m'}}}]"
                + " | cpu resource",
        "[{'type':'ContainerResource','containerResource':{'name':'cpu','container':'app','target':"
                + "{'type':'Utilization','averageUtilization':50}}}] | cpu resource utilization (percentage of request)",
        "[{'type':'Pods','pods':{'metric':{'name':'queue'},'target':{'type':'AverageValue','averageValue':'1'}}}]"
                + " | pods metric queue",
        "[{'type':'Object','object':{'describedObject':{'kind':'Service','name':'web'},'metric':{'name':'rps'},"
                + "'target':{'type':'Value','value':'10'}}}] | Service metric rps",
        "[{'type':'External','external':{'metric':{'name':'q'},'target':{'type':'Value','value':'1'}}}]"
                + " | external metric q(nil)",
        "[{'type':'External','external':{'metric':{'name':'q','selector':{'matchLabels':{'b':'2','a':'1'},"
                + "'matchExpressions':[{'key':'k','operator':'In','values':['x','y']}]}},'target':{'type':'Value'}}}]"
                + " | external metric q(&LabelSelector{MatchLabels:map[string]string{a: 1,b: 2,},MatchExpressions:"
                + "[]LabelSelectorRequirement{LabelSelectorRequirement{Key:k,Operator:In,Values:[x y],},},})",
        "[{'type':'Weird'},{'type':'Pods','pods':{'metric':{'name':'queue'}}}] | pods metric queue"})
    void metricNames_nameTheFirstKnownMetricAsTheRealControllerDoes(String metrics, String name) {
        assertThat(MetricNames.first(json("{'metrics':" + metrics + "}"))).isEqualTo(name);
    }

    @Test
    void withinRange_keepsTransitionTimesOfConditionsWhoseStatusHolds() {
        MapNode hpa = json("{'spec':{'minReplicas':1,'maxReplicas':5},'status':{'currentReplicas':2,'desiredReplicas':2,"
                + "'conditions':[{'type':'AbleToScale','status':'True','lastTransitionTime':'" + EARLIER + "',"
                + "'reason':'SucceededRescale','message':'x'},{'type':'ScalingActive','status':'False',"
                + "'lastTransitionTime':'" + EARLIER + "','reason':'ScalingDisabled','message':'y'}]}}");

        AutoscalerStatus.Decision decision = AutoscalerStatus.decide(hpa, found(4, true), NOW);

        assertThat(decision.rescaleTo()).isEmpty();
        assertThat(decision.status().get("desiredReplicas")).contains(Node.of(4L));
        List<MapNode> conditions = conditions(decision.status());
        assertThat(conditions).extracting(c -> c.getText("type").orElseThrow() + " " + c.getText("reason").orElseThrow()
                + " " + c.getText("lastTransitionTime").orElseThrow()).containsExactly(
                "AbleToScale ReadyForNewScale " + EARLIER,
                "ScalingActive ValidMetricFound " + NOW,
                "ScalingLimited DesiredWithinRange " + NOW);
    }

    @Test
    void outOfRange_rescalesAndStampsTheScaleTime() {
        MapNode hpa = json("{'spec':{'minReplicas':2,'maxReplicas':5}}");

        AutoscalerStatus.Decision decision = AutoscalerStatus.decide(hpa, found(9, true), NOW);

        assertThat(decision.rescaleTo()).hasValue(5);
        assertThat(decision.status()).isEqualTo(json("{'lastScaleTime':'" + NOW + "','currentReplicas':9,"
                + "'desiredReplicas':5,'conditions':[{'type':'AbleToScale','status':'True','lastTransitionTime':'" + NOW
                + "','reason':'SucceededRescale','message':'the HPA controller was able to update the target scale to 5'}]}"));
    }

    @Test
    void targetWithoutSelector_isAnInvalidSelector() {
        AutoscalerStatus.Decision decision = AutoscalerStatus.decide(json("{'spec':{'maxReplicas':3}}"), found(2, false), NOW);

        assertThat(conditions(decision.status())).extracting(c -> c.getText("reason").orElseThrow())
                .containsExactly("SucceededGetScale", "InvalidSelector");
        assertThat(decision.status().get("currentReplicas")).contains(Node.of(2L));
    }

    @Test
    void unknownMetricType_cannotComputeAReplicaCount() {
        MapNode hpa = json("{'spec':{'maxReplicas':3,'metrics':[{'type':'Weird'}]}}");

        AutoscalerStatus.Decision decision = AutoscalerStatus.decide(hpa, found(2, true), NOW);

        assertThat(conditions(decision.status()).get(1).getText("message")).contains(
                "the HPA was unable to compute the replica count: unknown metric source type \"Weird\"");
    }

    @Test
    void failedLookup_changesOnlyAbleToScale() {
        MapNode hpa = json("{'spec':{'maxReplicas':3},'status':{'currentReplicas':2,'desiredReplicas':2,"
                + "'currentMetrics':[{'type':'Resource'}]}}");

        AutoscalerStatus.Decision decision = AutoscalerStatus.decide(hpa, new ScaleTargets.Failed("boom"), NOW);

        assertThat(decision.scaleError()).isEqualTo("boom");
        assertThat(decision.status().get("currentMetrics")).isPresent();
        assertThat(decision.status().get("desiredReplicas")).contains(Node.of(2L));
        assertThat(conditions(decision.status())).singleElement().satisfies(c -> assertThat(c.getText("message"))
                .contains("the HPA controller was unable to get the target's current scale: boom"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "{'maxReplicas':3} | true",
        "{'minReplicas':0,'maxReplicas':1} | true",
        "{} | false",
        "{'minReplicas':4,'maxReplicas':3} | false"})
    void boundsValid_acceptsWhatTheApiServerAccepts(String spec, boolean valid) {
        assertThat(AutoscalerStatus.boundsValid(json(spec))).isEqualTo(valid);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "apps/v1 | true", "v1 | true", "'' | true", "a/b/c | false"})
    void groupKind_parsesTheApiVersionAsAGroupVersion(String apiVersion, boolean parses) {
        assertThat(ScaleTargets.groupKind(json("{'apiVersion':'" + apiVersion + "','kind':'K'}")).isPresent())
                .isEqualTo(parses);
    }

    private static ScaleTargets.Found found(long replicas, boolean selector) {
        return new ScaleTargets.Found(null, MapNode.empty(), replicas, selector);
    }

    private static List<MapNode> conditions(MapNode status) {
        return status.getList("conditions").orElseThrow().items().stream().map(n -> n.asMap().orElseThrow()).toList();
    }

    private static MapNode json(String text) {
        return (MapNode) JsonReader.create(CodecLimits.DEFAULT).read("test.json", text.replace('\'', '"'))
                .documents().get(0).content();
    }
}
