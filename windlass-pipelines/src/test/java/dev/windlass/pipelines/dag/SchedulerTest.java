package dev.windlass.pipelines.dag;

import static dev.windlass.pipelines.dag.Tasks.task;
import static org.assertj.core.api.Assertions.assertThat;

import dev.windlass.pipelines.model.RunSpecStatus;
import dev.windlass.pipelines.run.SkippedTask;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** a -> (b, c) -> d, with finally f. */
class SchedulerTest {

    private static final Dag DAG = Tasks.dag(List.of(
            task("a").build(), task("b").after("a").build(), task("c").after("a").build(),
            task("d").after("b", "c").build()), List.of(task("f").build()));

    private static final TaskStatus OK = TaskStatus.SUCCEEDED;
    private static final TaskStatus RUN = TaskStatus.RUNNING;
    private static final TaskStatus FAIL = TaskStatus.FAILED;
    private static final TaskStatus CANCEL = TaskStatus.CANCELLED;

    /** One row: the state given and what the scheduler must answer. */
    record Row(String name, SchedulerInput input, List<String> start, Map<String, String> skip,
            Decision.Cancel cancel, String status, String reason, String message) {

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Row> rows() {
        return Stream.of(
                row("startsTheRootFirst", input(Map.of()), List.of("a"), Map.of(), "Unknown", "Running"),
                row("startsParallelBranchesTogether", input(Map.of("a", OK)), List.of("b", "c"), Map.of(),
                        "Unknown", "Running"),
                row("waitsForEveryParent", input(Map.of("a", OK, "b", OK, "c", RUN)), List.of(), Map.of(),
                        "Unknown", "Running"),
                row("startsFinallyWhenTheGraphIsDone", input(Map.of("a", OK, "b", OK, "c", OK, "d", OK)),
                        List.of("f"), Map.of(), "Unknown", "Running"),
                new Row("succeedsWhenAllSucceeded", input(Map.of("a", OK, "b", OK, "c", OK, "d", OK, "f", OK)),
                        List.of(), Map.of(), Decision.Cancel.NONE, "True", "Succeeded",
                        "Tasks Completed: 5 (Failed: 0, Cancelled 0), Skipped: 0"),
                row("failureSkipsTheRestAndRunsFinally", input(Map.of("a", FAIL)), List.of("f"),
                        Map.of("b", SkipReasons.STOPPING, "c", SkipReasons.STOPPING, "d", SkipReasons.STOPPING),
                        "Unknown", "Running"),
                new Row("failsWhenATaskFailed", input(Map.of("a", FAIL, "f", OK)).withSkipped(
                        skipped("b", SkipReasons.STOPPING, "c", SkipReasons.STOPPING, "d", SkipReasons.STOPPING)),
                        List.of(), Map.of(), Decision.Cancel.NONE, "False", "Failed",
                        "Tasks Completed: 2 (Failed: 1, Cancelled 0), Skipped: 3"),
                row("whenFalseSkipsOnlyThatTask", input(Map.of("a", OK)).withGuards(guard("b", Guard.WHEN_FALSE)),
                        List.of("c"), Map.of("b", SkipReasons.WHEN_FALSE), "Unknown", "Running"),
                row("whenSkippedParentDoesNotBlockItsChild", input(Map.of("a", OK, "c", OK))
                        .withSkipped(skipped("b", SkipReasons.WHEN_FALSE)), List.of("d"), Map.of(), "Unknown", "Running"),
                row("otherwiseSkippedParentSkipsItsChild", input(Map.of("a", OK, "c", OK))
                        .withSkipped(skipped("b", SkipReasons.MISSING_RESULTS)), List.of("f"),
                        Map.of("d", SkipReasons.PARENT_SKIPPED), "Unknown", "Running"),
                row("missingResultsSkip", input(Map.of("a", OK)).withGuards(guard("c", Guard.MISSING_RESULTS)),
                        List.of("b"), Map.of("c", SkipReasons.MISSING_RESULTS, "d", SkipReasons.PARENT_SKIPPED), "Unknown",
                        "Running"),
                row("emptyMatrixSkip", input(Map.of("a", OK)).withGuards(guard("c", Guard.EMPTY_MATRIX)),
                        List.of("b"), Map.of("c", SkipReasons.EMPTY_MATRIX, "d", SkipReasons.PARENT_SKIPPED), "Unknown",
                        "Running"),
                new Row("completedWhenSomethingWasSkipped", input(Map.of("a", OK, "c", OK, "d", OK, "f", OK))
                        .withSkipped(skipped("b", SkipReasons.WHEN_FALSE)), List.of(), Map.of(),
                        Decision.Cancel.NONE, "True", "Completed",
                        "Tasks Completed: 4 (Failed: 0, Cancelled 0), Skipped: 1"),
                new Row("cancelStopsEverything", input(Map.of("a", OK, "b", RUN))
                        .withSpecStatus(RunSpecStatus.CANCELLED), List.of(), Map.of(), Decision.Cancel.ALL,
                        "Unknown", "Running", null),
                new Row("cancelledOnceNothingRuns", input(Map.of("a", OK, "b", CANCEL))
                        .withSpecStatus(RunSpecStatus.CANCELLED), List.of(), Map.of(), Decision.Cancel.ALL,
                        "False", "Cancelled", "PipelineRun \"pr\" was cancelled"),
                new Row("pipelineTimeoutSkipsWhatIsLeft", input(Map.of("a", OK, "b", FAIL))
                        .withTimeouts(true, false, false), List.of(),
                        Map.of("c", SkipReasons.PIPELINE_TIMEOUT, "d", SkipReasons.PIPELINE_TIMEOUT,
                                "f", SkipReasons.PIPELINE_TIMEOUT), Decision.Cancel.ALL, "False",
                        "PipelineRunTimeout", "PipelineRun \"pr\" failed to finish within \"1h0m0s\""),
                new Row("cancelledRunFinallyCancelsTheGraphAndRunsFinally", input(Map.of("a", OK, "b", RUN, "c", RUN))
                        .withSpecStatus(RunSpecStatus.CANCELLED_RUN_FINALLY), List.of(),
                        Map.of("d", SkipReasons.GRACEFULLY_CANCELLED), Decision.Cancel.GRAPH_TASKS, "Unknown",
                        "CancelledRunningFinally", null),
                new Row("cancelledRunFinallyStartsFinally", input(Map.of("a", OK, "b", CANCEL, "c", CANCEL))
                        .withSpecStatus(RunSpecStatus.CANCELLED_RUN_FINALLY)
                        .withSkipped(skipped("d", SkipReasons.GRACEFULLY_CANCELLED)), List.of("f"),
                        Map.of(), Decision.Cancel.GRAPH_TASKS, "Unknown",
                        "CancelledRunningFinally", null),
                new Row("stoppedRunFinallyLetsRunningTasksEnd", input(Map.of("a", OK, "b", RUN, "c", OK))
                        .withSpecStatus(RunSpecStatus.STOPPED_RUN_FINALLY), List.of(),
                        Map.of("d", SkipReasons.GRACEFULLY_STOPPED), Decision.Cancel.NONE, "Unknown",
                        "StoppedRunningFinally", null),
                new Row("gracefullyStoppedEndsCancelled", input(Map.of("a", OK, "b", OK, "c", OK, "f", OK))
                        .withSpecStatus(RunSpecStatus.STOPPED_RUN_FINALLY)
                        .withSkipped(skipped("d", SkipReasons.GRACEFULLY_STOPPED)), List.of(), Map.of(),
                        Decision.Cancel.NONE, "False", "Cancelled", "PipelineRun \"pr\" was cancelled"),
                new Row("tasksTimeoutSkipsGraphTasksAndRunsFinally", input(Map.of("a", OK, "b", FAIL))
                        .withTimeouts(false, true, false), List.of("f"),
                        Map.of("c", SkipReasons.STOPPING, "d", SkipReasons.STOPPING), Decision.Cancel.GRAPH_TASKS,
                        "Unknown", "PipelineRunTimeoutRunningFinally", null),
                new Row("tasksTimeoutEndsTheRunOnceFinallyIsDone", input(Map.of("a", OK, "b", FAIL, "f", OK))
                        .withTimeouts(false, true, false)
                        .withSkipped(skipped("c", SkipReasons.STOPPING, "d", SkipReasons.STOPPING)), List.of(),
                        Map.of(), Decision.Cancel.GRAPH_TASKS, "False", "PipelineRunTimeout",
                        "PipelineRun \"pr\" failed due to tasks failed to finish within \"30m0s\""),
                new Row("cancelledTaskMakesTheRunStop", input(Map.of("a", OK, "b", CANCEL, "c", RUN)), List.of(),
                        Map.of("d", SkipReasons.STOPPING), Decision.Cancel.NONE, "Unknown", "PipelineRunStopping",
                        "Tasks Completed: 2 (Failed: 0, Cancelled 1), Incomplete: 2, Skipped: 1"),
                new Row("tasksTimeoutBeforeAFailure", input(Map.of("a", OK, "b", RUN))
                        .withTimeouts(false, true, false), List.of(),
                        Map.of("c", SkipReasons.TASKS_TIMEOUT, "d", SkipReasons.PARENT_SKIPPED),
                        Decision.Cancel.GRAPH_TASKS, "Unknown", "PipelineRunTimeoutRunningFinally", null),
                new Row("skippedByTimeoutFailsTheRun", input(Map.of("a", OK, "b", OK, "f", OK))
                        .withSkipped(skipped("c", SkipReasons.TASKS_TIMEOUT, "d", SkipReasons.TASKS_TIMEOUT)),
                        List.of(), Map.of(), Decision.Cancel.NONE, "False", "Failed",
                        "Tasks Completed: 3 (Failed: 0, Cancelled 0), Skipped: 2"),
                new Row("finallyTimeoutSkipsFinally", input(Map.of("a", OK, "b", OK, "c", OK, "d", OK))
                        .withTimeouts(false, false, true), List.of(), Map.of("f", SkipReasons.FINALLY_TIMEOUT),
                        Decision.Cancel.ALL, "False", "Failed", null),
                row("finallyWithMissingResultsIsSkipped", input(Map.of("a", OK, "b", OK, "c", OK, "d", OK))
                        .withGuards(guard("f", Guard.MISSING_RESULTS)), List.of(),
                        Map.of("f", SkipReasons.MISSING_RESULTS), "True", "Completed"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void scheduler_decides(Row row) {
        Decision decision = Scheduler.next(DAG, row.input());

        assertThat(decision.start()).as("start").containsExactlyElementsOf(row.start());
        Map<String, String> skips = new LinkedHashMap<>();
        for (SkippedTask s : decision.skip()) {
            skips.put(s.name(), s.reason());
        }
        assertThat(skips).as("skip").containsExactlyInAnyOrderEntriesOf(row.skip());
        assertThat(decision.cancel()).as("cancel").isEqualTo(row.cancel());
        assertThat(decision.condition().status()).as("status").isEqualTo(row.status());
        assertThat(decision.condition().reason()).as("reason").isEqualTo(row.reason());
        if (row.message() != null) {
            assertThat(decision.condition().message()).isEqualTo(row.message());
        }
    }

    private static Row row(String name, SchedulerInput input, List<String> start, Map<String, String> skip,
            String status, String reason) {
        return new Row(name, input, start, skip, Decision.Cancel.NONE, status, reason, null);
    }

    private static SchedulerInput input(Map<String, TaskStatus> statuses) {
        return new SchedulerInput("pr", statuses, Map.of(), RunSpecStatus.NONE, false, false, false,
                Optional.of(Duration.ofHours(1)), Optional.of(Duration.ofMinutes(30)), name -> Guard.RUN);
    }

    private static Map<String, String> skipped(String... pairs) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            out.put(pairs[i], pairs[i + 1]);
        }
        return out;
    }

    private static java.util.function.Function<String, Guard> guard(String task, Guard guard) {
        return name -> name.equals(task) ? guard : Guard.RUN;
    }
}
