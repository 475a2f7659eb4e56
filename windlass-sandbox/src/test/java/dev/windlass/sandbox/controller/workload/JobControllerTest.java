package dev.windlass.sandbox.controller.workload;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.batch.v1.JobBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.JobCondition;
import io.fabric8.kubernetes.api.model.batch.v1.JobStatus;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JobControllerTest extends SandboxCluster {

    private static Job job(String name, Map<String, String> podAnnotations) {
        PodTemplateSpec template = template(name, "busybox", podAnnotations);
        template.getSpec().setRestartPolicy("Never");
        return new JobBuilder().withNewMetadata().withName(name).endMetadata().withNewSpec().withTemplate(template)
                .endSpec().build();
    }

    private static JobStatus status(String ns, String name) {
        JobStatus status = client.batch().v1().jobs().inNamespace(ns).withName(name).get().getStatus();
        return status == null ? new JobStatus() : status;
    }

    private static boolean has(String ns, String name, String type) {
        return status(ns, name).getConditions().stream().anyMatch(c -> c.getType().equals(type)
                && c.getStatus().equals("True"));
    }

    @Test
    void job_completesWithSuccessCriteriaMetAndComplete() {
        String ns = namespace();
        client.batch().v1().jobs().inNamespace(ns).resource(job("migrate", Map.of())).create();
        eventually().until(() -> has(ns, "migrate", "Complete"));
        JobStatus status = status(ns, "migrate");
        assertThat(status.getSucceeded()).isEqualTo(1);
        assertThat(status.getActive()).isNull();
        assertThat(status.getReady()).isZero();
        assertThat(status.getStartTime()).isNotBlank();
        assertThat(status.getCompletionTime()).isNotBlank();
        assertThat(status.getConditions()).extracting(JobCondition::getType).containsExactly("SuccessCriteriaMet", "Complete");
        assertThat(status.getConditions()).allMatch(c -> c.getReason().equals("CompletionsReached")
                && c.getMessage().equals("Reached expected number of succeeded pods"));
        assertThat(pods(ns)).singleElement().satisfies(pod -> {
            assertThat(pod.getStatus().getPhase()).isEqualTo("Succeeded");
            assertThat(pod.getMetadata().getLabels()).containsEntry("job-name", "migrate")
                    .containsEntry("batch.kubernetes.io/job-name", "migrate");
            assertThat(pod.getStatus().getContainerStatuses().get(0).getState().getTerminated().getReason())
                    .isEqualTo("Completed");
        });
    }

    @Test
    void job_runsActiveAndReadyPodsBeforeCompleting() {
        String ns = namespace();
        client.batch().v1().jobs().inNamespace(ns).resource(job("migrate", Map.of())).create();
        eventually().until(() -> Integer.valueOf(1).equals(status(ns, "migrate").getReady())
                || has(ns, "migrate", "Complete"));
        eventually().until(() -> has(ns, "migrate", "Complete"));
        assertThat(status(ns, "migrate").getReady()).isZero();
    }

    @Test
    void job_honoursCompletionsAndParallelism() {
        String ns = namespace();
        Job job = job("batch", Map.of());
        job.getSpec().setCompletions(3);
        job.getSpec().setParallelism(2);
        client.batch().v1().jobs().inNamespace(ns).resource(job).create();
        eventually().until(() -> Integer.valueOf(2).equals(status(ns, "batch").getActive()));
        eventually().until(() -> has(ns, "batch", "Complete"));
        assertThat(status(ns, "batch").getSucceeded()).isEqualTo(3);
        assertThat(pods(ns)).hasSize(3);
    }

    @Test
    void failedPods_failTheJobOnceTheBackoffLimitIsExceeded() {
        String ns = namespace();
        Job job = job("migrate", failing(FailureMode.FAILED));
        job.getSpec().setBackoffLimit(1);
        client.batch().v1().jobs().inNamespace(ns).resource(job).create();
        eventually().until(() -> has(ns, "migrate", "Failed"));
        JobStatus status = status(ns, "migrate");
        assertThat(status.getFailed()).isEqualTo(2);
        assertThat(status.getSucceeded()).isNull();
        assertThat(status.getCompletionTime()).isNull();
        assertThat(status.getConditions()).extracting(JobCondition::getType).containsExactly("FailureTarget", "Failed");
        assertThat(status.getConditions()).allMatch(c -> c.getReason().equals("BackoffLimitExceeded"));
        assertThat(pods(ns)).hasSize(2).allMatch(p -> p.getStatus().getPhase().equals("Failed")
                && p.getStatus().getContainerStatuses().get(0).getState().getTerminated().getExitCode() == 1);
    }
}
