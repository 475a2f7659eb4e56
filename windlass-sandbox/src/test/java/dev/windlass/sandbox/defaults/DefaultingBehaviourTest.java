package dev.windlass.sandbox.defaults;

import static dev.windlass.sandbox.defaults.Objects.CONTAINER_IN;
import static dev.windlass.sandbox.defaults.Objects.TEMPLATE_IN;
import static dev.windlass.sandbox.defaults.Objects.json;
import static dev.windlass.sandbox.defaults.Objects.print;
import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.model.tree.FieldPath;
import dev.windlass.model.tree.MapNode;
import dev.windlass.model.tree.Node;
import dev.windlass.sandbox.api.Operation;
import dev.windlass.sandbox.resource.ApiResource;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DefaultingBehaviourTest {

    private static final ApiResource DEPLOYMENT = Objects.resource("apps", "v1", "Deployment");
    private static final ApiResource JOB = Objects.resource("batch", "v1", "Job");
    private static final ApiResource POD = Objects.resource("", "v1", "Pod");

    @Test
    void create_neverOverwritesAValueTheClientSet() {
        MapNode deployment = json("{'spec':{'replicas':0,'revisionHistoryLimit':2,'progressDeadlineSeconds':60,"
                + "'strategy':{'type':'RollingUpdate','rollingUpdate':{'maxUnavailable':0,'maxSurge':'50%'}},"
                + "'template':{'metadata':{'creationTimestamp':null},'spec':{'restartPolicy':'Always',"
                + "'terminationGracePeriodSeconds':0,'dnsPolicy':'Default','securityContext':{'runAsUser':1},"
                + "'schedulerName':'mine','containers':[{'name':'c','image':'nginx','resources':{'limits':{'cpu':'1'}},"
                + "'terminationMessagePath':'/tmp/t','terminationMessagePolicy':'FallbackToLogsOnError',"
                + "'imagePullPolicy':'Never','ports':[{'containerPort':53,'protocol':'UDP'}],'livenessProbe':{"
                + "'httpGet':{'port':1,'path':'/h','scheme':'HTTPS'},'timeoutSeconds':5,'periodSeconds':6,"
                + "'successThreshold':1,'failureThreshold':8}}],'volumes':[{'name':'s','secret':{'secretName':'s',"
                + "'defaultMode':256}},{'name':'h','hostPath':{'path':'/x','type':'Directory'}}]}}}}");

        assertThat(print(Objects.create(DEPLOYMENT, deployment))).isEqualTo(print(deployment));
    }

    @Test
    void create_keepsTheClientsKeyOrderAndAppendsDefaults() {
        MapNode defaulted = Objects.create(DEPLOYMENT, json("{'spec':{'template':" + TEMPLATE_IN
                + ",'selector':{'matchLabels':{'app':'a'}},'paused':false}}"));

        assertThat(List.copyOf(defaulted.getMap("spec").orElseThrow().keys())).containsExactly("template", "selector",
                "paused", "replicas", "strategy", "revisionHistoryLimit", "progressDeadlineSeconds");
    }

    @Test
    void create_treatsGoZeroValuesOfPlainFieldsAsUnset() {
        MapNode pod = Objects.create(POD, json("{'spec':{'dnsPolicy':'','containers':[{'name':'c','image':'nginx:1',"
                + "'terminationMessagePath':'','readinessProbe':{'exec':{'command':['true']},'timeoutSeconds':0}}]}}"));

        assertThat(pod.at(FieldPath.of("spec", "dnsPolicy"))).contains(Node.of("ClusterFirst"));
        assertThat(pod.at(FieldPath.of("spec", "containers").index(0).key("terminationMessagePath")))
                .contains(Node.of("/dev/termination-log"));
        assertThat(pod.at(FieldPath.of("spec", "containers").index(0).key("readinessProbe").key("timeoutSeconds")))
                .contains(Node.of(1L));
    }

    @Test
    void create_treatsNullAsUnset() {
        MapNode defaulted = Objects.create(DEPLOYMENT, json("{'spec':{'replicas':null,'strategy':null,'template':"
                + TEMPLATE_IN + "}}"));

        assertThat(defaulted.at(FieldPath.of("spec", "replicas"))).contains(Node.of(1L));
        assertThat(defaulted.at(FieldPath.of("spec", "strategy", "type"))).contains(Node.of("RollingUpdate"));
    }

    @Test
    void job_selectorUsesTheObjectsUid() {
        MapNode first = Objects.create(JOB, job("uid-a"));
        MapNode second = Objects.create(JOB, job("uid-b"));

        assertThat(first.at(FieldPath.of("spec", "selector", "matchLabels").key("batch.kubernetes.io/controller-uid")))
                .contains(Node.of("uid-a"));
        assertThat(second.at(FieldPath.of("spec", "template", "metadata", "labels").key("controller-uid")))
                .contains(Node.of("uid-b"));
    }

    @Test
    void job_clientTemplateLabelsBecomeTheJobsLabelsAndClientLabelsWin() {
        MapNode defaulted = Objects.create(JOB, json("{'metadata':{'name':'j','uid':'u'},'spec':{'template':{"
                + "'metadata':{'labels':{'app':'a','job-name':'mine'}},'spec':{'restartPolicy':'Never','containers':["
                + CONTAINER_IN + "]}}}}"));

        assertThat(defaulted.at(FieldPath.of("metadata", "labels"))).contains(json("{'app':'a','job-name':'mine'}"));
        assertThat(defaulted.at(FieldPath.of("spec", "template", "metadata", "labels")).orElseThrow())
                .isEqualTo(json("{'app':'a','job-name':'mine','batch.kubernetes.io/controller-uid':'u',"
                        + "'batch.kubernetes.io/job-name':'j','controller-uid':'u'}"));
    }

    @Test
    void job_updateGeneratesNoSelector() {
        MapNode updated = Objects.update(JOB, job("uid-a"));

        assertThat(updated.at(FieldPath.of("spec", "selector"))).isEmpty();
        assertThat(updated.at(FieldPath.of("spec", "backoffLimit"))).contains(Node.of(6L));
    }

    @Test
    void job_withoutRestartPolicyGetsAlwaysAsTheServerDoesThenValidationRefusesIt() {
        MapNode defaulted = Objects.create(JOB, json("{'metadata':{'name':'j','uid':'u'},'spec':{'template':{'spec':"
                + "{'containers':[" + CONTAINER_IN + "]}}}}"));

        assertThat(defaulted.at(FieldPath.of("spec", "template", "spec", "restartPolicy"))).contains(Node.of("Always"));
    }

    @Test
    void job_completionsAloneStillDefaultsParallelism() {
        MapNode defaulted = Objects.create(JOB, json("{'metadata':{'name':'j','uid':'u'},'spec':{'completions':5}}"));

        assertThat(defaulted.at(FieldPath.of("spec", "completions"))).contains(Node.of(5L));
        assertThat(defaulted.at(FieldPath.of("spec", "parallelism"))).contains(Node.of(1L));
    }

    @Test
    void hpa_atV1GetsOnlyMinReplicas() {
        MapNode defaulted = Objects.create(Objects.resource("autoscaling", "v1", "HorizontalPodAutoscaler"),
                json("{'spec':{'maxReplicas':3}}"));

        assertThat(defaulted).isEqualTo(json("{'spec':{'maxReplicas':3,'minReplicas':1}}"));
    }

    @Test
    void delete_changesNothing() {
        MapNode deployment = json("{'spec':{}}");

        assertThat(new DefaultingAdmission().admit(Operation.DELETE, DEPLOYMENT, deployment, deployment))
                .isSameAs(deployment);
    }

    @Test
    void customResourcesAndUnlistedKinds_areLeftAlone() {
        ApiResource custom = new ApiResource("example.com", "v1", "Deployment", "deployments", "deployment", true,
                List.of(), List.of(), ApiResource.ALL_VERBS, Set.of(), List.of());
        MapNode object = json("{'spec':{'template':" + TEMPLATE_IN + "}}");

        assertThat(Objects.create(custom, object)).isSameAs(object);
        assertThat(DefaultingAdmission.defaults(custom)).isFalse();
        assertThat(DefaultingAdmission.defaults(Objects.resource("", "v1", "ConfigMap"))).isFalse();
        assertThat(DefaultingAdmission.defaults(DEPLOYMENT)).isTrue();
    }

    @Test
    void fullyDefaultedObject_isReturnedUnchanged() {
        MapNode once = Objects.create(DEPLOYMENT, json("{'spec':{'template':" + TEMPLATE_IN + "}}"));

        assertThat(Objects.update(DEPLOYMENT, once)).isSameAs(once);
    }

    private static MapNode job(String uid) {
        return json("{'metadata':{'name':'j','uid':'" + uid + "'},'spec':{'template':{'spec':{'restartPolicy':'Never',"
                + "'containers':[" + CONTAINER_IN + "]}}}}");
    }
}
