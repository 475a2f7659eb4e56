package dev.windlass.sandbox.table;

import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.model.tree.MapNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class PodPrinterTest {

    private static List<Object> cells(String yaml) {
        return Fixtures.cells(PodPrinter.PRINTER, yaml);
    }

    @Test
    void columns_matchKubectlGetPodsWide() {
        assertThat(Fixtures.columnNames(PodPrinter.PRINTER)).containsExactly("Name", "Ready", "Status", "Restarts",
                "Age", "IP", "Node", "Nominated Node", "Readiness Gates");
        assertThat(PodPrinter.PRINTER.columns()).extracting(Column::priority).containsExactly(0, 0, 0, 0, 0, 1, 1, 1, 1);
    }

    @Test
    void row_runningPodShowsReadyContainersAndWideCells() {
        assertThat(cells("""
                metadata: {name: web-1, creationTimestamp: "2024-05-01T11:45:00Z"}
                spec:
                  nodeName: node-a
                  containers: [{name: app}, {name: proxy}]
                  readinessGates: [{conditionType: example.com/lb}]
                status:
                  phase: Running
                  podIP: 10.244.0.9
                  podIPs: [{ip: 10.244.0.7}]
                  conditions: [{type: Ready, status: "True"}, {type: example.com/lb, status: "True"}]
                  containerStatuses:
                  - {name: app, ready: true, restartCount: 0, state: {running: {startedAt: "2024-05-01T11:45:05Z"}}}
                  - {name: proxy, ready: false, restartCount: 0, state: {running: {}}}
                """)).containsExactly("web-1", "1/2", "Running", "0", "15m", "10.244.0.7", "node-a", "<none>", "1/1");
    }

    @Test
    void row_crashLoopShowsWaitingReasonAndTimeSinceLastRestart() {
        assertThat(cells("""
                metadata: {name: crash, creationTimestamp: "2024-05-01T09:00:00Z"}
                spec: {containers: [{name: app}]}
                status:
                  phase: Running
                  containerStatuses:
                  - name: app
                    ready: false
                    restartCount: 7
                    state: {waiting: {reason: CrashLoopBackOff}}
                    lastState: {terminated: {exitCode: 1, finishedAt: "2024-05-01T11:57:30Z"}}
                """)).containsSequence("crash", "0/1", "CrashLoopBackOff", "7 (2m30s ago)", "3h", "<none>", "<none>");
    }

    @Test
    void row_terminatedWithoutReasonShowsExitCodeOrSignal() {
        String pod = """
                metadata: {name: p, creationTimestamp: "2024-05-01T11:00:00Z"}
                spec: {containers: [{name: a}]}
                status:
                  phase: Failed
                  containerStatuses: [{name: a, state: {terminated: {exitCode: 137, signal: %s}}}]
                """;
        assertThat(cells(pod.formatted("0")).get(2)).isEqualTo("ExitCode:137");
        assertThat(cells(pod.formatted("9")).get(2)).isEqualTo("Signal:9");
    }

    @Test
    void row_initContainersShowProgressAndFailures() {
        String pod = """
                metadata: {name: p}
                spec: {initContainers: [{name: migrate}, {name: seed}], containers: [{name: app}]}
                status:
                  phase: Pending
                  initContainerStatuses:
                  - {name: migrate, state: {terminated: {exitCode: 0, reason: Completed}}}
                  - %s
                """;
        assertThat(cells(pod.formatted("{name: seed, state: {running: {}}}")).get(2)).isEqualTo("Init:1/2");
        assertThat(cells(pod.formatted("{name: seed, state: {waiting: {reason: ImagePullBackOff}}}")).get(2))
                .isEqualTo("Init:ImagePullBackOff");
        assertThat(cells(pod.formatted("{name: seed, state: {terminated: {exitCode: 2, reason: Error}}}")).get(2))
                .isEqualTo("Init:Error");
        assertThat(cells(pod.formatted("{name: seed, state: {waiting: {reason: PodInitializing}}}")).get(2))
                .isEqualTo("Init:1/2");
    }

    @Test
    void row_countsStartedSidecarsAsContainers() {
        assertThat(cells("""
                metadata: {name: p}
                spec:
                  initContainers: [{name: mesh, restartPolicy: Always}]
                  containers: [{name: app}]
                status:
                  phase: Running
                  conditions: [{type: Initialized, status: "True"}]
                  initContainerStatuses:
                  - name: mesh
                    started: true
                    ready: true
                    restartCount: 1
                    state: {running: {}}
                    lastState: {terminated: {exitCode: 1, finishedAt: "2024-05-01T11:00:00Z"}}
                  containerStatuses: [{name: app, ready: true, state: {running: {}}}]
                """).subList(1, 4)).containsExactly("2/2", "Running", "1 (60m ago)");
    }

    @Test
    void row_deletingPodIsTerminatingUnlessFinished() {
        String pod = """
                metadata: {name: p, deletionTimestamp: "2024-05-01T11:59:00Z"}
                spec: {containers: [{name: a}]}
                status: {phase: %s}
                """;
        assertThat(cells(pod.formatted("Running")).get(2)).isEqualTo("Terminating");
        assertThat(cells(pod.formatted("Succeeded")).get(2)).isEqualTo("Succeeded");
    }

    @Test
    void row_completedPodCarriesTheCompletedRowCondition() {
        Row row = PodPrinter.PRINTER.row(Fixtures.yaml("""
                metadata: {name: job-x}
                spec: {containers: [{name: a}]}
                status:
                  phase: Succeeded
                  containerStatuses: [{name: a, state: {terminated: {exitCode: 0, reason: Completed}}}]
                """), Fixtures.NOW);
        assertThat(row.cells().get(2).toPlain()).isEqualTo("Completed");
        assertThat(row.conditions()).containsExactly(MapNode.of("type", "Completed", "status", "True",
                "reason", "Succeeded", "message", "The pod has completed successfully."));
    }

    @Test
    void row_schedulingGatedPodSaysSo() {
        assertThat(cells("""
                metadata: {name: p}
                spec: {containers: [{name: a}], schedulingGates: [{name: example.com/quota}]}
                status:
                  phase: Pending
                  conditions: [{type: PodScheduled, status: "False", reason: SchedulingGated}]
                """).get(2)).isEqualTo("SchedulingGated");
    }
}
