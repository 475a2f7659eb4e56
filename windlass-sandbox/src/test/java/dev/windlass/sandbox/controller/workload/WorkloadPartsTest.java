package dev.windlass.sandbox.controller.workload;

import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.model.codec.CodecLimits;
import dev.windlass.model.codec.JsonReader;
import dev.windlass.model.tree.ListNode;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The pure parts: template hashes, rollout steps, conditions, QoS classes and failure modes. */
class WorkloadPartsTest {

    private static MapNode json(String text) {
        return (MapNode) JsonReader.create(CodecLimits.DEFAULT).read("test.json", text.replace('\'', '"'))
                .documents().get(0).content();
    }

    @Test
    void templateHash_ignoresKeyOrderButNotContentOrCollisions() {
        MapNode a = json("{'metadata':{'labels':{'app':'x'}},'spec':{'containers':[{'name':'a','image':'nginx'}]}}");
        MapNode b = json("{'spec':{'containers':[{'image':'nginx','name':'a'}]},'metadata':{'labels':{'app':'x'}}}");
        MapNode c = json("{'spec':{'containers':[{'image':'nginx:2','name':'a'}]},'metadata':{'labels':{'app':'x'}}}");
        assertThat(TemplateHash.of(a, 0)).isEqualTo(TemplateHash.of(b, 0)).matches("[bcdfghjklmnpqrstvwxz2456789]{6,10}");
        assertThat(TemplateHash.of(c, 0)).isNotEqualTo(TemplateHash.of(a, 0));
        assertThat(TemplateHash.of(a, 1)).isNotEqualTo(TemplateHash.of(a, 0));
    }

    @ParameterizedTest(name = "replicas={0} surge={1} unavailable={2} -> {3}/{4}")
    @CsvSource({
        "4, , , 1, 1",
        "1, , , 1, 0",
        "10, 25%, 25%, 3, 2",
        "3, 0, 0, 0, 1",
        "5, 2, 1, 2, 1",
        "3, 100%, 50%, 3, 1",
    })
    void rollout_resolvesMaxSurgeUpAndMaxUnavailableDown(int replicas, String surge, String unavailable,
                                                         long expectedSurge, long expectedUnavailable) {
        MapNode rolling = MapNode.empty();
        if (surge != null) {
            rolling = rolling.with("maxSurge", surge.endsWith("%") ? Node.of(surge) : Node.of(Long.parseLong(surge)));
        }
        if (unavailable != null) {
            rolling = rolling.with("maxUnavailable", unavailable.endsWith("%") ? Node.of(unavailable)
                    : Node.of(Long.parseLong(unavailable)));
        }
        MapNode deployment = MapNode.of("spec", MapNode.of("replicas", Node.of((long) replicas),
                "strategy", MapNode.of("rollingUpdate", rolling)));
        DeploymentRollout rollout = new DeploymentRollout(deployment);
        assertThat(rollout.maxSurge()).isEqualTo(expectedSurge);
        assertThat(rollout.maxUnavailable()).isEqualTo(expectedUnavailable);
    }

    private static MapNode rs(String name, long spec, long available) {
        return MapNode.of("metadata", MapNode.of("name", Node.of(name)),
                "spec", MapNode.of("replicas", Node.of(spec)),
                "status", MapNode.of("replicas", Node.of(spec), "availableReplicas", Node.of(available)));
    }

    @Test
    void rollout_surgesTheNewReplicaSetFirstThenScalesTheOldDownAsNewPodsBecomeAvailable() {
        MapNode deployment = json("{'spec':{'replicas':2,'strategy':{'rollingUpdate':{'maxSurge':1,'maxUnavailable':0}}}}");
        DeploymentRollout rollout = new DeploymentRollout(deployment);
        assertThat(rollout.step(rs("new", 0, 0), List.of(rs("old", 2, 2)))).isEqualTo(Map.of("new", 1L));
        assertThat(rollout.step(rs("new", 1, 0), List.of(rs("old", 2, 2)))).isEmpty();
        assertThat(rollout.step(rs("new", 1, 1), List.of(rs("old", 2, 2)))).isEqualTo(Map.of("old", 1L));
        assertThat(rollout.step(rs("new", 2, 2), List.of(rs("old", 1, 1)))).isEqualTo(Map.of("old", 0L));
    }

    @Test
    void rollout_recreateScalesTheOldToZeroBeforeTheNewComesUp() {
        MapNode deployment = json("{'spec':{'replicas':2,'strategy':{'type':'Recreate'}}}");
        DeploymentRollout rollout = new DeploymentRollout(deployment);
        assertThat(rollout.step(rs("new", 0, 0), List.of(rs("old", 2, 2)))).isEqualTo(Map.of("old", 0L));
        MapNode drained = rs("old", 0, 0);
        assertThat(rollout.step(rs("new", 0, 0), List.of(drained))).isEqualTo(Map.of("new", 2L));
    }

    @Test
    void conditions_keepTheTransitionTimeWhileTheStatusHoldsAndMoveChangesLast() {
        List<String> times = List.of("lastUpdateTime", "lastTransitionTime");
        ListNode conditions = ListNode.of(Conditions.of("Progressing", "True", "ReplicaSetUpdated", "m", "t1", times),
                Conditions.of("Available", "False", "MinimumReplicasUnavailable", "m", "t1", times));
        ListNode progressed = Conditions.set(conditions,
                Conditions.of("Progressing", "True", "NewReplicaSetAvailable", "done", "t2", times));
        MapNode last = progressed.items().get(1).asMap().orElseThrow();
        assertThat(last.getText("reason")).contains("NewReplicaSetAvailable");
        assertThat(last.getText("lastTransitionTime")).contains("t1");
        assertThat(last.getText("lastUpdateTime")).contains("t2");
        assertThat(Conditions.set(progressed, Conditions.of("Progressing", "True", "NewReplicaSetAvailable", "done",
                "t3", times))).isSameAs(progressed);
        ListNode flipped = Conditions.set(conditions,
                Conditions.of("Available", "True", "MinimumReplicasAvailable", "ok", "t4", times));
        assertThat(flipped.items().get(1).asMap().orElseThrow().getText("lastTransitionTime")).contains("t4");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "BestEffort | {'spec':{'containers':[{'name':'a'}]}}",
        "Burstable  | {'spec':{'containers':[{'name':'a','resources':{'requests':{'cpu':'1'}}}]}}",
        "Guaranteed | {'spec':{'containers':[{'name':'a','resources':{'limits':{'cpu':'1','memory':'1Gi'}}}]}}",
        "Burstable  | {'spec':{'containers':[{'name':'a','resources':{'limits':{'cpu':'1','memory':'1Gi'},'requests':{'cpu':'500m'}}}]}}",
    })
    void qosClass_followsRequestsAndLimits(String expected, String pod) {
        assertThat(QosClass.of(json(pod))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "ImagePullBackOff, IMAGE_PULL_BACK_OFF",
        "CrashLoopBackOff, CRASH_LOOP_BACK_OFF",
        "Unschedulable, UNSCHEDULABLE",
        "Failed, FAILED",
    })
    void failureMode_readsTheAnnotationValue(String value, FailureMode expected) {
        MapNode pod = MapNode.of("metadata", MapNode.of("annotations", MapNode.of(FailureMode.ANNOTATION, Node.of(value))));
        assertThat(FailureMode.of(pod)).contains(expected);
        assertThat(expected.value()).isEqualTo(value);
    }

    @Test
    void failureMode_ignoresUnknownValuesAndMissingAnnotations() {
        MapNode odd = MapNode.of("metadata", MapNode.of("annotations",
                MapNode.of(FailureMode.ANNOTATION, Node.of("imagepullbackoff"))));
        assertThat(FailureMode.of(odd)).isEqualTo(Optional.empty());
        assertThat(FailureMode.of(MapNode.empty())).isEmpty();
    }

    @Test
    void podStatus_normalisesImagesAsContainerdReportsThem() {
        assertThat(PodStatuses.image(MapNode.of("image", Node.of("nginx")))).isEqualTo("docker.io/library/nginx:latest");
        assertThat(PodStatuses.image(MapNode.of("image", Node.of("bitnami/redis:7")))).isEqualTo("docker.io/bitnami/redis:7");
        assertThat(PodStatuses.image(MapNode.of("image", Node.of("ghcr.io/a/b:1")))).isEqualTo("ghcr.io/a/b:1");
        assertThat(PodStatuses.image(MapNode.of("image", Node.of("localhost:5000/x")))).isEqualTo("localhost:5000/x:latest");
    }
}
