package dev.windlass.sandbox.table;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WorkloadPrintersTest {

    private static final String TEMPLATE = """
              selector:
                matchLabels: {app: web}
                matchExpressions: [{key: tier, operator: In, values: [web, edge]}]
              template:
                metadata: {labels: {app: web}}
                spec: {containers: [{name: nginx, image: "nginx:1.27"}, {name: log, image: "busybox:1.36"}]}
            """;

    @Test
    void deployment_showsReadyUpToDateAvailable() {
        assertThat(Fixtures.columnNames(WorkloadPrinters.DEPLOYMENT)).containsExactly("Name", "Ready", "Up-to-date",
                "Available", "Age", "Containers", "Images", "Selector");
        assertThat(Fixtures.cells(WorkloadPrinters.DEPLOYMENT, """
                metadata: {name: web, creationTimestamp: "2024-04-28T12:00:00Z"}
                spec:
                  replicas: 3
                """ + TEMPLATE + """
                status: {readyReplicas: 2, updatedReplicas: 3, availableReplicas: 2}
                """)).containsExactly("web", "2/3", 3L, 2L, "3d", "nginx,log", "nginx:1.27,busybox:1.36",
                "app=web,tier in (edge,web)");
    }

    @Test
    void deployment_withoutStatusReadsZeroes() {
        assertThat(Fixtures.cells(WorkloadPrinters.DEPLOYMENT, """
                metadata: {name: new}
                spec: {replicas: 1}
                """)).containsExactly("new", "0/1", 0L, 0L, "<unknown>", "", "", "");
    }

    @Test
    void replicaSetAndStatefulSet_showCounts() {
        String rs = "metadata: {name: web-1}\nspec:\n  replicas: 2\n" + TEMPLATE
                + "status: {replicas: 2, readyReplicas: 1}\n";
        assertThat(Fixtures.cells(WorkloadPrinters.REPLICA_SET, rs)).containsExactly("web-1", 2L, 2L, 1L, "<unknown>",
                "nginx,log", "nginx:1.27,busybox:1.36", "app=web,tier in (edge,web)");
        assertThat(Fixtures.cells(WorkloadPrinters.STATEFUL_SET, "metadata: {name: db}\nspec: {replicas: 3}\n"
                + "status: {readyReplicas: 3}\n")).containsExactly("db", "3/3", "<unknown>", "", "");
    }

    @Test
    void daemonSet_showsNodeCountsAndNodeSelector() {
        assertThat(Fixtures.cells(WorkloadPrinters.DAEMON_SET, """
                metadata: {name: agent}
                spec:
                  selector: {matchLabels: {app: agent}}
                  template: {spec: {nodeSelector: {kubernetes.io/os: linux}, containers: [{name: a, image: a:1}]}}
                status: {desiredNumberScheduled: 3, currentNumberScheduled: 3, numberReady: 2,
                         updatedNumberScheduled: 3, numberAvailable: 2}
                """)).containsExactly("agent", 3L, 3L, 2L, 3L, 2L, "kubernetes.io/os=linux", "<unknown>", "a", "a:1",
                "app=agent");
    }

    @Test
    void job_showsStatusCompletionsAndDuration() {
        assertThat(Fixtures.columnNames(WorkloadPrinters.JOB)).startsWith("Name", "Status", "Completions", "Duration");
        assertThat(Fixtures.cells(WorkloadPrinters.JOB, """
                metadata: {name: backup, creationTimestamp: "2024-05-01T11:00:00Z"}
                spec: {completions: 1, template: {spec: {containers: [{name: b, image: "b:1"}]}}}
                status:
                  succeeded: 1
                  startTime: "2024-05-01T11:00:00Z"
                  completionTime: "2024-05-01T11:00:42Z"
                  conditions: [{type: SuccessCriteriaMet, status: "True"}, {type: Complete, status: "True"}]
                """)).containsExactly("backup", "Complete", "1/1", "42s", "60m", "b", "b:1", "<none>");
        assertThat(Fixtures.cells(WorkloadPrinters.JOB, """
                metadata: {name: work}
                spec: {parallelism: 4}
                status: {startTime: "2024-05-01T11:50:00Z", active: 4}
                """).subList(1, 4)).containsExactly("Running", "0/1 of 4", "10m");
    }

    @Test
    void job_statusFollowsConditionPrecedence() {
        String job = "metadata: {name: j%s}\nstatus: {conditions: [%s]}\n";
        assertThat(Fixtures.cells(WorkloadPrinters.JOB, job.formatted("", "{type: Failed, status: \"True\"}"))
                .get(1)).isEqualTo("Failed");
        assertThat(Fixtures.cells(WorkloadPrinters.JOB, job.formatted("", "{type: Suspended, status: \"True\"}"))
                .get(1)).isEqualTo("Suspended");
        assertThat(Fixtures.cells(WorkloadPrinters.JOB, job.formatted("", "{type: FailureTarget, status: \"True\"}"))
                .get(1)).isEqualTo("FailureTarget");
        assertThat(Fixtures.cells(WorkloadPrinters.JOB, job.formatted(", deletionTimestamp: \"2024-05-01T11:00:00Z\"",
                "{type: Suspended, status: \"True\"}")).get(1)).isEqualTo("Terminating");
    }

    @Test
    void cronJob_showsScheduleSuspendActiveAndLastSchedule() {
        assertThat(Fixtures.cells(WorkloadPrinters.CRON_JOB, """
                metadata: {name: nightly, creationTimestamp: "2024-04-01T00:00:00Z"}
                spec:
                  schedule: "0 2 * * *"
                  timeZone: Europe/Paris
                  suspend: false
                  jobTemplate: {spec: {template: {spec: {containers: [{name: c, image: "c:1"}]}}}}
                status: {active: [{name: nightly-1}], lastScheduleTime: "2024-05-01T02:00:00Z"}
                """)).containsExactly("nightly", "0 2 * * *", "Europe/Paris", "False", 1L, "10h", "30d", "c", "c:1",
                "<none>");
    }
}
