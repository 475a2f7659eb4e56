package dev.windlass.sandbox.defaults;

import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.sandbox.Sandbox;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpecBuilder;
import io.fabric8.kubernetes.api.model.apps.DaemonSetBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.batch.v1.CronJobBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.batch.v1.JobBuilder;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Objects created through a running sandbox come back defaulted, and the defaults pass validation. */
class DefaultsEndToEndTest {

    private static final String NS = "defaults";
    private static Sandbox sandbox;
    private static KubernetesClient client;

    @BeforeAll
    static void start() {
        sandbox = Sandbox.builder().controllers(false).start();
        client = new KubernetesClientBuilder().withConfig(Config.fromKubeconfig(sandbox.kubeconfig().toYaml())).build();
        client.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(NS).endMetadata().build()).create();
    }

    @AfterAll
    static void stop() {
        client.close();
        sandbox.close();
    }

    @Test
    void deployment_comesBackWithTheServerDefaults() {
        client.apps().deployments().inNamespace(NS).resource(new DeploymentBuilder().withNewMetadata().withName("web")
                .endMetadata().withNewSpec().withNewSelector().addToMatchLabels("app", "web").endSelector()
                .withTemplate(template("web", null)).endSpec().build()).create();

        Deployment stored = client.apps().deployments().inNamespace(NS).withName("web").get();

        assertThat(stored.getSpec().getReplicas()).isEqualTo(1);
        assertThat(stored.getSpec().getStrategy().getType()).isEqualTo("RollingUpdate");
        assertThat(stored.getSpec().getStrategy().getRollingUpdate().getMaxSurge().getStrVal()).isEqualTo("25%");
        assertThat(stored.getSpec().getStrategy().getRollingUpdate().getMaxUnavailable().getStrVal()).isEqualTo("25%");
        assertThat(stored.getSpec().getRevisionHistoryLimit()).isEqualTo(10);
        assertThat(stored.getSpec().getProgressDeadlineSeconds()).isEqualTo(600);
        PodSpec pod = stored.getSpec().getTemplate().getSpec();
        assertThat(pod.getRestartPolicy()).isEqualTo("Always");
        assertThat(pod.getDnsPolicy()).isEqualTo("ClusterFirst");
        assertThat(pod.getSchedulerName()).isEqualTo("default-scheduler");
        assertThat(pod.getTerminationGracePeriodSeconds()).isEqualTo(30L);
        assertThat(pod.getSecurityContext()).isNotNull();
        Container container = pod.getContainers().get(0);
        assertThat(container.getTerminationMessagePath()).isEqualTo("/dev/termination-log");
        assertThat(container.getTerminationMessagePolicy()).isEqualTo("File");
        assertThat(container.getImagePullPolicy()).isEqualTo("IfNotPresent");
        assertThat(container.getPorts().get(0).getProtocol()).isEqualTo("TCP");
    }

    @Test
    void job_getsASelectorOnItsUidAndPassesValidation() {
        Job created = client.batch().v1().jobs().inNamespace(NS).resource(new JobBuilder().withNewMetadata()
                .withName("once").endMetadata().withNewSpec().withTemplate(template(null, "Never")).endSpec().build())
                .create();

        String uid = created.getMetadata().getUid();
        assertThat(created.getSpec().getSelector().getMatchLabels())
                .containsExactlyEntriesOf(java.util.Map.of("batch.kubernetes.io/controller-uid", uid));
        assertThat(created.getSpec().getTemplate().getMetadata().getLabels())
                .containsEntry("controller-uid", uid).containsEntry("job-name", "once");
        assertThat(created.getMetadata().getLabels()).containsEntry("batch.kubernetes.io/job-name", "once");
        assertThat(created.getSpec().getBackoffLimit()).isEqualTo(6);
        assertThat(created.getSpec().getCompletionMode()).isEqualTo("NonIndexed");
    }

    @Test
    void statefulSetDaemonSetAndCronJob_passValidationWithTheirDefaults() {
        StatefulSet statefulSet = client.apps().statefulSets().inNamespace(NS).resource(new StatefulSetBuilder()
                .withNewMetadata().withName("db").endMetadata().withNewSpec().withServiceName("db").withNewSelector()
                .addToMatchLabels("app", "db").endSelector().withTemplate(template("db", null)).endSpec().build()).create();
        client.apps().daemonSets().inNamespace(NS).resource(new DaemonSetBuilder().withNewMetadata().withName("agent")
                .endMetadata().withNewSpec().withNewSelector().addToMatchLabels("app", "agent").endSelector()
                .withTemplate(template("agent", null)).endSpec().build()).create();
        CronJob cronJob = client.batch().v1().cronjobs().inNamespace(NS).resource(new CronJobBuilder().withNewMetadata()
                .withName("tick").endMetadata().withNewSpec().withSchedule("*/5 * * * *").withNewJobTemplate().withNewSpec()
                .withTemplate(template(null, "OnFailure")).endSpec().endJobTemplate().endSpec().build()).create();

        assertThat(statefulSet.getSpec().getUpdateStrategy().getRollingUpdate().getPartition()).isZero();
        assertThat(statefulSet.getSpec().getPodManagementPolicy()).isEqualTo("OrderedReady");
        assertThat(client.apps().daemonSets().inNamespace(NS).withName("agent").get().getSpec().getUpdateStrategy()
                .getRollingUpdate().getMaxUnavailable().getIntVal()).isEqualTo(1);
        assertThat(cronJob.getSpec().getConcurrencyPolicy()).isEqualTo("Allow");
        assertThat(cronJob.getSpec().getSuccessfulJobsHistoryLimit()).isEqualTo(3);
    }

    @Test
    void update_keepsDefaultsWhenTheClientLeavesThemOut() {
        client.apps().deployments().inNamespace(NS).resource(new DeploymentBuilder().withNewMetadata().withName("api")
                .endMetadata().withNewSpec().withNewSelector().addToMatchLabels("app", "api").endSelector()
                .withTemplate(template("api", null)).endSpec().build()).create();

        Deployment updated = client.apps().deployments().inNamespace(NS).withName("api")
                .edit(d -> new DeploymentBuilder(d).editSpec().withReplicas(3).withStrategy(null).endSpec().build());

        assertThat(updated.getSpec().getReplicas()).isEqualTo(3);
        assertThat(updated.getSpec().getStrategy().getType()).isEqualTo("RollingUpdate");
    }

    private static PodTemplateSpec template(String app, String restartPolicy) {
        PodTemplateSpecBuilder builder = new PodTemplateSpecBuilder().withNewMetadata().endMetadata();
        if (app != null) {
            builder = builder.editMetadata().addToLabels("app", app).endMetadata();
        }
        return builder.withNewSpec().withRestartPolicy(restartPolicy).addNewContainer().withName("main")
                .withImage("nginx:1.27").addNewPort().withContainerPort(80).endPort().endContainer().endSpec().build();
    }
}
